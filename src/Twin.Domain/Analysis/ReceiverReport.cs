namespace Twin.Domain.Analysis;

/// <summary>
/// A node that takes waste heat, over a season. Heat figures are net of the heat that goes back
/// in return water (GJ): demand = waste heat + fired heat - station loss + unmet.
/// </summary>
/// <param name="DemandGj">Heat its consumers asked for.</param>
/// <param name="WasteHeatGj">Waste heat it took, less the return it sent back to the network.</param>
/// <param name="FiredHeatGj">Heat from its fallback plants, less their return.</param>
/// <param name="UnmetGj">Demand that neither covered.</param>
/// <param name="DesignLoadMw">Load on the design day (a heat-exchange station with a design outdoor
/// temperature and a degree-day profile); null otherwise.</param>
public sealed record ReceiverReport(
    string Id,
    string Kind,
    double DemandGj,
    double WasteHeatGj,
    double FiredHeatGj,
    double UnmetGj,
    double WasteHeatShare,
    double? DesignLoadMw);
