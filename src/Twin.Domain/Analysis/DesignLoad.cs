using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;

namespace Twin.Domain.Analysis;

/// <summary>
/// The load of a heat-exchange station on the design day, GJ/h. Its degree-day profile weighs
/// each day by (T_in - T_day), so a day's load is the year's mean rate times its weight over the
/// mean weight; the design day weighs T_in - T_design:
/// Q_design = heat_demand * (T_in - T_design) / (sum of daily weights / 365).
/// </summary>
public static class DesignLoad
{
    /// <summary>Null unless the node states a design outdoor temperature and has a profile.</summary>
    public static double? Of(ParkModel park, NodeSpec node, ProcessCatalog catalog)
    {
        if (!node.Parameters.ContainsKey("design_outdoor_temperature") || node.Profile is null
            || !park.Profiles.TryGetValue(node.Profile, out var profile))
        {
            return null;
        }

        var values = ParkNetwork.Values(node, catalog.Get(node.Kind));
        var meanWeight = profile.DailyWeights.Sum() / ProfileSpec.DaysPerYear;
        var difference = values["indoor_temperature"] - values["design_outdoor_temperature"];
        return meanWeight > 0 ? values["heat_demand"] * difference / meanWeight : null;
    }
}
