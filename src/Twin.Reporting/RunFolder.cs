using Twin.Reporting.Documents;

namespace Twin.Reporting;

/// <summary>A finished run loaded back from its folder.</summary>
public sealed record RunFolder(
    string Path,
    RunManifest Manifest,
    BalanceDocument Balance,
    TotalsDocument Totals,
    IndicatorsDocument Indicators);
