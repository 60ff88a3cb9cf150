using System.Text;
using Twin.Domain.Model;

namespace Twin.Domain.Tests.TestParks.Random;

/// <summary>
/// A generated park, printed as its nodes and connections so that a failure can be rebuilt.
/// </summary>
public sealed class GeneratedPark
{
    public GeneratedPark(ParkRecipe recipe)
    {
        Recipe = recipe;
        Park = RecipePark.Build(recipe);
    }

    public ParkRecipe Recipe { get; }

    public ParkModel Park { get; }

    public override string ToString()
    {
        var text = new StringBuilder();
        var horizon = Park.Horizon;
        text.Append($"{horizon.Days} days from {horizon.Start:yyyy-MM-dd} by {horizon.Step}; ");
        foreach (var node in Park.Nodes.Where(n => n.Parameters.Count > 0))
        {
            var parameters = node.Parameters.Values.Select(p => $"{p.Name}={p.Text}");
            var profile = node.Profile is null ? "" : ", seasonal";
            text.Append($"{node.Id} ({node.Kind}{profile}): {string.Join(", ", parameters)}; ");
        }

        text.Append(string.Join(" ", Park.Connections.Select(c => c.Key)));
        return text.ToString();
    }
}
