using Twin.Topology;

namespace Twin.Host.Scenarios;

/// <summary>
/// Reads a park together with overlays that exist only as text. The topology loader reads
/// folders, so the park's files and the overlays are laid out in a folder of their own for the
/// time of one load (it reads every file at once), then the folder goes. Problems are
/// reported against the park's real files and each overlay's own label, never the folder.
/// </summary>
internal static class OverlayStage
{
    /// <summary>Loads <paramref name="park"/> with each overlay as if it were a file of its scenarios.</summary>
    public static StagedTopology Load(ParkSource park, IReadOnlyList<(string Label, string Text)> overlays)
    {
        var folder = Path.Combine(Path.GetTempPath(), "twin-overlay-" + Guid.NewGuid().ToString("N"));
        var scenarios = Path.Combine(folder, TopologyLoader.ScenarioFolder);
        Directory.CreateDirectory(scenarios);
        try
        {
            var labels = LayOut(park, overlays, folder, scenarios);
            return new StagedTopology(TopologyLoader.Load(folder), labels);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string> LayOut(ParkSource park,
        IReadOnlyList<(string Label, string Text)> overlays, string folder, string scenarios)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var parkFile = Directory.Exists(park.Path) ? Path.Combine(park.Path, TopologyLoader.ParkFile) : park.Path;
        File.Copy(parkFile, Path.Combine(folder, TopologyLoader.ParkFile));
        labels[Path.Combine(folder, TopologyLoader.ParkFile)] = parkFile;

        var files = Path.Combine(park.Path, TopologyLoader.ScenarioFolder);
        if (Directory.Exists(park.Path) && Directory.Exists(files))
        {
            foreach (var file in Directory.GetFiles(files, "*.yaml"))
            {
                var copy = Path.Combine(scenarios, Path.GetFileName(file));
                File.Copy(file, copy);
                labels[copy] = file;
            }
        }

        // Named to sort after the park's own files, so that a name declared twice is reported
        // at the overlay rather than at the file.
        for (var index = 0; index < overlays.Count; index++)
        {
            var copy = Path.Combine(scenarios, $"~overlay-{index:D4}.yaml");
            File.WriteAllText(copy, overlays[index].Text);
            labels[copy] = overlays[index].Label;
        }

        return labels;
    }
}
