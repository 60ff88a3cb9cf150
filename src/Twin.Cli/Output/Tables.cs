using Spectre.Console;
using Spectre.Console.Rendering;

namespace Twin.Cli.Output;

/// <summary>
/// Builds tables from plain text: names from topologies may hold brackets, which Spectre
/// would otherwise read as markup.
/// </summary>
internal static class Tables
{
    /// <summary>A table whose columns are left-aligned words, then right-aligned figures.</summary>
    public static Table Create(string title, int textColumns, params string[] headers)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title));
        for (var i = 0; i < headers.Length; i++)
        {
            var column = new TableColumn(Markup.Escape(headers[i]));
            table.AddColumn(i < textColumns ? column.LeftAligned() : column.RightAligned());
        }

        return table;
    }

    public static void Row(this Table table, params string[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Text(c)));
}
