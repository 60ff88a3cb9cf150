using System.Text;
using Twin.Domain.Carriers;
using Twin.Domain.Model;
using Twin.Domain.Simulation;
using Twin.Reporting;

namespace Twin.Cli.Tests;

public sealed class ReportingTests : IDisposable
{
    private readonly ParkFolder _park = new();

    public void Dispose() => _park.Dispose();

    private static EdgeFlow Edge(string carrier, params double[] flow) =>
        new(new ConnectionSpec("a", "b", carrier, SourceLocation.None), CarrierCatalog.Default[carrier], flow);

    private static string[] Lines(params EdgeFlow[] edges)
    {
        using var stream = new MemoryStream();
        FlowsCsvWriter.Write(edges, stream);
        return Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void FlowsCsvWriter_MaterialWithoutWaterOrEnergy_LeavesBothEmpty()
    {
        Assert.Equal("a,b,fly-ash,3.5,t,,", Lines(Edge("fly-ash", 1.5, 2))[1]);
    }

    /// <summary>Sludge is dewatered to 80 % moisture (CarrierCatalog), so 10 t carry 8 t of water.</summary>
    [Fact]
    public void FlowsCsvWriter_Sludge_CarriesEightTenthsWater()
    {
        Assert.Equal("a,b,sludge,10,t,8,", Lines(Edge("sludge", 4, 6))[1]);
    }

    [Fact]
    public void FlowsCsvWriter_Electricity_CountsThreePointSixGigajoulesPerMegawattHour()
    {
        Assert.Equal("a,b,electricity,10,MWh,,36", Lines(Edge("electricity", 10))[1]);
    }

    [Fact]
    public void FlowsCsvWriter_Amount_KeepsFullPrecision()
    {
        var line = Lines(Edge("fresh-water", 0.1, 0.2))[1];

        Assert.Equal("a,b,fresh-water,0.30000000000000004,t,0.30000000000000004,", line);
    }

    [Fact]
    public void AtomicFile_WriteFails_KeepsTheOldFileAndLeavesNoTemporary()
    {
        var path = _park.Folder("totals.json");
        File.WriteAllText(path, "old");

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        var left = Directory.GetFiles(_park.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["mini-park.yaml", "totals.json"], left);
    }

    [Fact]
    public async Task RunFolderReader_AfterRun_ReadsBackWhatTheRunWrote()
    {
        var folder = _park.Folder("run");
        await Cli.RunAsync("run", _park.ParkFile, "--scenario", "hourly", "--out", folder, "--step", "day");

        var run = RunFolderReader.Read(folder);

        Assert.Equal(("hourly", "day", 365), (run.Manifest.Scenario, run.Manifest.Step, run.Manifest.Horizon.Steps));
        Assert.Equal(12, run.Balance.Nodes.Count);
        Assert.Equal(23, run.Indicators.Indicators.Count);
        Assert.Equal(100_000, run.Totals.Totals["value_added_10k_cny"]);
    }

    [Fact]
    public async Task RunFolderReader_ManifestMissingAField_Throws()
    {
        var folder = _park.Folder("run");
        await Cli.RunAsync("run", _park.ParkFile, "--scenario", "hourly", "--out", folder, "--step", "day");
        var manifest = Path.Combine(folder, "run.json");
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.Contains("\"engine\"")));

        var failure = Assert.Throws<RunFolderException>(() => RunFolderReader.Read(folder));

        Assert.Contains("run.json", failure.Message);
    }
}
