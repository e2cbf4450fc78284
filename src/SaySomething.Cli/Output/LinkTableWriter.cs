using SaySomething.Core.Links;
using Spectre.Console;

namespace SaySomething.Cli.Output;

/// <summary>Writes links as a table for people.</summary>
internal static class LinkTableWriter
{
    public static void Write(CliConsole console, string text, IReadOnlyList<AnalyzedLink> links)
    {
        var terminal = SpectreConsoleFactory.Create(console);
        if (links.Count == 0)
        {
            terminal.MarkupLine("[grey]No links found.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(new TableColumn("Start").RightAligned())
            .AddColumn(new TableColumn("End").RightAligned())
            .AddColumn("Provider")
            .AddColumn("Kind")
            .AddColumn("Canonical")
            .AddColumn("URL");
        var number = 0;
        foreach (var link in links)
        {
            number++;
            table.AddRow(
                new Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(link.Found.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(link.Found.End.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(link.ProviderId ?? "-"),
                new Text(link.KindName),
                new Text(link.CanonicalId ?? "-"),
                new Text(link.Found.Slice(text).ToString()));
        }

        terminal.Write(table);
        terminal.MarkupLine($"[grey]{links.Count} link(s); offsets are UTF-16 code units, end exclusive.[/]");
    }
}
