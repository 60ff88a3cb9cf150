using Twin.Domain.Tests.TestParks;

namespace Twin.Domain.Tests.Analysis;

/// <summary>
/// A waste-heat network of one DN300 pipe of 5 km (the pipe of HeatPipelineModelTests, with the
/// heat-pipeline model's defaults: 110/50 degC, v_max 3 m/s, reference and ground 12 degC) from
/// a waste-heat source (a boundary, so it sends whatever is asked) to a heat-exchange station,
/// whose fallback is a coal heating plant with the heating-plant model's defaults.
/// </summary>
internal static class HeatParks
{
    public static ParkBuilder Station(string demand) => new ParkBuilder()
        .Boundary("source").Boundary("air").Boundary("market").Boundary("homes").Boundary("buyer")
        .Node("pipe", "heat-pipeline", ("diameter", "DN300"), ("length", "5 km"))
        .Node("hes", "heat-exchange-station", ("heat_demand", demand))
        .Node("boiler", "heating-plant")
        .Connect("source", "pipe", "waste-heat")
        .Connect("pipe", "hes", "waste-heat")
        .Connect("hes", "pipe", "heat-return")
        .Connect("pipe", "source", "heat-return")
        .Connect("pipe", "air", "heat-loss")
        .Connect("boiler", "hes", "heat")
        .Connect("hes", "boiler", "heat-return")
        .Connect("hes", "homes", "heat")
        .Connect("hes", "air", "heat-loss")
        .Connect("market", "boiler", "coal")
        .Connect("boiler", "air", "heat-loss")
        .Then(Residues);

    private static ParkBuilder Residues(ParkBuilder park)
    {
        foreach (var emission in new[] { "co2", "so2", "nox", "dust" })
        {
            park.Connect("boiler", "air", emission);
        }

        foreach (var residue in new[] { "fly-ash", "slag", "gypsum" })
        {
            park.Connect("boiler", "buyer", residue);
        }

        return park;
    }
}
