namespace Twin.Domain.Graph;

/// <summary>
/// The answer of a supply-capacity query: the most that can flow per hour (in the unit of the
/// carrier at the sink; null when no capacity on the way limits it, or 0 when no path exists) and
/// the nodes whose capacity binds.
/// </summary>
public sealed record SupplyCapacityResult(string From, string To, double? MaximumPerHour,
    IReadOnlyList<string> Binding)
{
    public double? MaximumPerDay => MaximumPerHour * 24;
}
