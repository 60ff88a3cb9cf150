using Twin.Domain.Accounting;
using Twin.Domain.Model;

namespace Twin.Domain.Analysis;

/// <summary>
/// A reclaimed-water plant and what it serves: the WWTPs whose effluent it takes (sources),
/// the mains that carry its product (pipes) and the users at their ends.
/// </summary>
public sealed record ReclaimedNetwork(
    string Plant,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Pipes,
    IReadOnlyList<string> Users)
{
    public const string PlantKind = "reclaimed-water-plant";
    public const string Product = "reclaimed-water";

    /// <summary>
    /// The network of <paramref name="plant"/>, or of the park's only reclaimed-water plant when
    /// it is null; an <see cref="ArgumentException"/> says why there is none to choose.
    /// </summary>
    public static ReclaimedNetwork Find(ParkModel park, string? plant = null)
    {
        var plants = park.Nodes.Where(n => n.Kind == PlantKind).Select(n => n.Id).ToArray();
        var id = plant ?? Only(park, plants);
        if (!plants.Contains(id))
        {
            throw new ArgumentException($"scenario '{park.Scenario}' has no {PlantKind} '{id}'",
                nameof(plant));
        }

        var sources = park.Connections.Where(c => c.To == id && c.Carrier == "effluent")
            .Select(c => c.From).Distinct().ToArray();
        var reached = Downstream(park, id);
        var pipes = reached.Where(n => park.Node(n)!.Kind == "water-pipeline").ToArray();
        var users = reached.Where(n => ParkTotals.UserKinds.Contains(park.Node(n)!.Kind)).ToArray();
        return new ReclaimedNetwork(id, sources, pipes, users);
    }

    private static string Only(ParkModel park, string[] plants) => plants.Length switch
    {
        1 => plants[0],
        0 => throw new ArgumentException($"scenario '{park.Scenario}' has no {PlantKind}"),
        _ => throw new ArgumentException($"scenario '{park.Scenario}' has {plants.Length} "
            + $"reclaimed-water plants ({string.Join(", ", plants)}): name one"),
    };

    /// <summary>Nodes reached from the plant along reclaimed-water connections, nearest first.</summary>
    private static List<string> Downstream(ParkModel park, string plant)
    {
        var found = new List<string>();
        var queue = new Queue<string>([plant]);
        while (queue.Count > 0)
        {
            var from = queue.Dequeue();
            var next = park.Connections.Where(c => c.From == from && c.Carrier == Product).Select(c => c.To);
            foreach (var node in next.Where(n => n != plant && !found.Contains(n)))
            {
                found.Add(node);
                queue.Enqueue(node);
            }
        }

        return found;
    }
}
