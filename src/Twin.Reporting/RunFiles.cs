namespace Twin.Reporting;

/// <summary>The names of the files that <c>twin run</c> writes into its output folder.</summary>
public static class RunFiles
{
    public const string Flows = "flows.csv";
    public const string Balance = "balance.json";
    public const string Totals = "totals.json";
    public const string Indicators = "indicators.json";

    /// <summary>Written last, so a folder without it holds an unfinished run.</summary>
    public const string Manifest = "run.json";

    public static IReadOnlyList<string> All { get; } = [Flows, Balance, Totals, Indicators, Manifest];
}
