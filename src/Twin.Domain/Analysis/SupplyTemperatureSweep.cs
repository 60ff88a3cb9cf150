using System.Globalization;
using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Simulation;

namespace Twin.Domain.Analysis;

/// <summary>
/// Which supply temperature keeps a waste-heat network's losses under a share: the season run
/// at each temperature, with the pipelines, stations and outside consumers set to it and the
/// return temperature kept. A lower supply temperature loses less heat per metre, but each
/// tonne carries less: the pipes' capacity rho A v_max cp (Ts - Tref) falls and the flow
/// Q / (cp (Ts - Tr)) rises, until the waste heat no longer gets through.
/// </summary>
public static class SupplyTemperatureSweep
{
    /// <summary>The season at each temperature (degC); <paramref name="lossLimit"/> is a share.</summary>
    public static async Task<IReadOnlyList<TemperatureCase>> RunAsync(ParkModel park,
        IReadOnlyList<double> temperatures, double? lossLimit, ISimulationEngine engine,
        CancellationToken cancellation = default)
    {
        var network = SeasonAnalysis.Require(park);

        // Without waste heat the fallbacks send the same net heat at any supply temperature.
        var shut = await engine.RunAsync(SeasonAnalysis.Shut(park, network), cancellation: cancellation);
        var cases = new List<TemperatureCase>();
        foreach (var temperature in temperatures)
        {
            var run = await engine.RunAsync(At(park, network, temperature), cancellation: cancellation);
            var report = SeasonAnalysis.Report(network, run, shut);
            var within = lossLimit is not { } limit || report.LossShare <= limit;
            cases.Add(new TemperatureCase(temperature, report, within));
        }

        return cases;
    }

    /// <summary>The case that delivers most waste heat within the loss limit; null if none is.</summary>
    public static TemperatureCase? Best(IReadOnlyList<TemperatureCase> cases) =>
        cases.Where(c => c.WithinLimit).MaxBy(c => c.Report.HeatDeliveredGj);

    /// <summary>
    /// The park with the network at <paramref name="supply"/> degC: its pipelines' and stations'
    /// supply temperature, and the return share of outside consumers on it,
    /// (Tr - Tref) / (Ts - Tref) with the return temperature of the pipe that feeds them.
    /// </summary>
    public static ParkModel At(ParkModel park, HeatNetwork network, double supply)
    {
        const string note = "supply temperature of the sweep";
        var text = $"{supply.ToString(CultureInfo.InvariantCulture)} degC";
        var stations = network.Receivers.Where(r => r.Kind == "heat-exchange-station").Select(r => r.Id);
        foreach (var id in network.Segments.Concat(stations))
        {
            RequireAboveReturn(park, id, supply);
            park = ParkVariant.WithParameter(park, id, "supply_temperature", text, note);
        }

        foreach (var receiver in network.Receivers.Where(r => r.Kind == ProcessCatalog.BoundaryKind))
        {
            var back = Values(park, receiver.Feeders[0])["return_temperature"];
            var share = HeatReturn.Share(supply, back, park.ReferenceTemperature) * 100;
            park = ParkVariant.WithParameter(park, receiver.Id, "heat_return_share",
                $"{share.ToString("R", CultureInfo.InvariantCulture)} %", note);
        }

        return park;
    }

    private static void RequireAboveReturn(ParkModel park, string id, double supply)
    {
        var back = Values(park, id)["return_temperature"];
        if (supply <= back)
        {
            throw new ArgumentOutOfRangeException(nameof(supply), $"supply temperature {supply:G4} degC "
                + $"is not above {id}'s return temperature {back:G4} degC");
        }
    }

    private static IReadOnlyDictionary<string, double> Values(ParkModel park, string id)
    {
        var node = park.Node(id)!;
        return ParkNetwork.Values(node, ProcessCatalog.Default.Get(node.Kind));
    }
}
