using Twin.Domain.Model;
using Twin.Domain.Processes;
using Twin.Domain.Validation;

namespace Twin.Topology;

/// <summary>
/// Loads a topology from a folder (park.yaml and scenarios/*.yaml) or from one park file
/// (which may list its scenarios inline).
/// </summary>
public static class TopologyLoader
{
    public const string ParkFile = "park.yaml";
    public const string ScenarioFolder = "scenarios";

    public static Topology Load(string path, ProcessCatalog? catalog = null)
    {
        var issues = new List<ValidationIssue>();
        var parkPath = Directory.Exists(path) ? Path.Combine(path, ParkFile) : path;
        if (!File.Exists(parkPath))
        {
            issues.Add(new(new SourceLocation(path, 0), "topology",
                Directory.Exists(path) ? $"no {ParkFile} in this folder" : "no such file or folder"));
            return new Topology(null, [], issues, catalog ?? ProcessCatalog.Default);
        }

        var (park, scenarios) = new TopologyReader(new YamlSource(parkPath, issues)).ReadPark();
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(parkPath))!, ScenarioFolder);
        if (park is not null && Directory.Exists(path) && Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                var relative = Path.Combine(path, ScenarioFolder, Path.GetFileName(file));
                var scenario = new TopologyReader(new YamlSource(relative, issues)).ReadScenario(park.Sources);
                if (scenario is not null)
                {
                    scenarios.Add(scenario);
                }
            }
        }

        return new Topology(park, scenarios, issues, catalog ?? ProcessCatalog.Default);
    }
}
