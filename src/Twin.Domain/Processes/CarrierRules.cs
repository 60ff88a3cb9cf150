using Twin.Domain.Carriers;

namespace Twin.Domain.Processes;

/// <summary>Which carriers a kind of node can take or give, with the reason when it cannot.</summary>
public sealed class CarrierRules
{
    private readonly HashSet<string> _ids;
    private readonly HashSet<CarrierKind> _kinds;

    public CarrierRules(IEnumerable<string>? ids = null, IEnumerable<CarrierKind>? kinds = null)
    {
        _ids = new HashSet<string>(ids ?? [], StringComparer.Ordinal);
        _kinds = [.. kinds ?? []];
    }

    public static CarrierRules Any { get; } = new(kinds: Enum.GetValues<CarrierKind>());

    public bool Allows(Carrier carrier) => _ids.Contains(carrier.Id) || _kinds.Contains(carrier.Kind);

    public string Describe() =>
        string.Join(", ", _kinds.Select(k => $"any {k.ToString().ToLowerInvariant()}")
            .Concat(_ids.Order(StringComparer.Ordinal)));

    /// <summary>True when a water grade is fit for a use that needs <paramref name="need"/>.</summary>
    public static bool Fits(Carrier water, WaterQuality need) =>
        water.Grade is { } grade && grade <= need;

    public static WaterQuality? ParseQuality(string? text) => text switch
    {
        null or "potable" => WaterQuality.Potable,
        "process" => WaterQuality.Process,
        "cooling" => WaterQuality.Cooling,
        _ => null,
    };
}
