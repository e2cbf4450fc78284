using System.Globalization;
using SaySomething.Core.Judging;
using Spectre.Console;

namespace SaySomething.Cli.Output;

/// <summary>
/// The report of <c>saysomething check</c> for people: the post with its own words highlighted, then the verdict and
/// what it rests on. Every piece of user text (post, URLs, own words, findings) is printed as text, never as markup.
/// </summary>
internal static class JudgementView
{
    private const sbyte NoRole = -1;

    private static readonly Style OwnStyle = new(Color.Green, decoration: Decoration.Bold);
    private static readonly Style DimStyle = new(Color.Grey, decoration: Decoration.Dim);
    private static readonly Style FillerStyle = new(Color.Grey, decoration: Decoration.Dim | Decoration.Strikethrough);
    private static readonly Style LinkStyle = new(Color.Blue, decoration: Decoration.Underline);

    public static void Write(CliConsole console, string text, Judgement judgement)
    {
        var terminal = SpectreConsoleFactory.Create(console);

        terminal.Write(new Rule("Post").LeftJustified());
        terminal.Write(Highlight(text, judgement.Spans));
        terminal.WriteLine();
        if (!console.OutputRedirected)
        {
            terminal.MarkupLine("[grey]own words [/][bold green]bold green[/][grey]; quoted, copied, caption and boilerplate text dimmed; filler [strikethrough]struck[/]; links [/][underline blue]underlined[/]");
        }

        terminal.Write(new Rule("Judgement").LeftJustified());
        terminal.Write(Facts(judgement));
        WriteLinks(terminal, judgement.Links);
        WriteMetadata(terminal, judgement.MetadataStatus);
        WriteFindings(terminal, judgement);
    }

    /// <summary>One line per governed link whose metadata was gathered: whether the judge had it, and from where.</summary>
    private static void WriteMetadata(IAnsiConsole terminal, IReadOnlyList<LinkMetadataStatus> statuses)
    {
        if (statuses.Count == 0)
        {
            return;
        }

        terminal.MarkupLine("[bold]Metadata[/]");
        foreach (var status in statuses)
        {
            string state = LinkMetadataStatus.StateName(status.State).Replace('_', ' ');
            string what = status.Available
                ? $"{state} ({status.Source ?? "nothing found"})"
                : $"{state}: judged without it" + (status.Detail is null ? "" : $" ({status.Detail})");
            terminal.WriteLine(SafeText.OneLine($"  {status.Url}: {what}"));
        }
    }

    /// <summary>The post's text, each span in the style of its role; where spans nest, the innermost wins.</summary>
    internal static Paragraph Highlight(string text, IReadOnlyList<MarkedSpan> spans)
    {
        var roles = new sbyte[text.Length];
        Array.Fill(roles, NoRole);
        foreach (var span in spans.OrderByDescending(s => s.End - s.Start))
        {
            var start = Math.Clamp(span.Start, 0, text.Length);
            var end = Math.Clamp(span.End, start, text.Length);
            roles.AsSpan(start, end - start).Fill((sbyte)span.Role);
        }

        var paragraph = new Paragraph();
        var runStart = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && roles[i] == roles[runStart])
            {
                continue;
            }

            paragraph.Append(SafeText.Clean(text[runStart..i]), StyleOf(roles[runStart]));
            runStart = i;
        }

        return paragraph;
    }

    private static Style StyleOf(sbyte role) => role switch
    {
        NoRole => Style.Plain,
        (sbyte)SpanRole.Own => OwnStyle,
        (sbyte)SpanRole.Filler => FillerStyle,
        (sbyte)SpanRole.Link => LinkStyle,
        _ => DimStyle,
    };

    private static Grid Facts(Judgement judgement)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        var verdict = judgement.Verdict.ToName();
        grid.AddRow(new Markup("[bold]Verdict[/]"), new Text(verdict, new Style(VerdictColour(judgement.Verdict), decoration: Decoration.Bold)));
        grid.AddRow(new Markup("[bold]Reason[/]"), new Text(judgement.Reason.ToName() ?? "-"));
        grid.AddRow(new Markup("[bold]Confidence[/]"), new Text(judgement.Confidence.ToString("0.00", CultureInfo.InvariantCulture)));
        var ownWords = judgement.OwnWordCount.ToString(CultureInfo.InvariantCulture);
        if (judgement.OwnWords.Length > 0)
        {
            ownWords += $": {SafeText.OneLine(judgement.OwnWords)}";
        }

        grid.AddRow(new Markup("[bold]Own words[/]"), new Text(ownWords));
        var language = judgement.LanguageSupported ? judgement.Language : $"{judgement.Language} (not supported by the thought scorer; own words counted instead)";
        grid.AddRow(new Markup("[bold]Language[/]"), new Text(language));
        grid.AddRow(new Markup("[bold]Message[/]"), new Text(judgement.Message.Length == 0 ? "-" : SafeText.Clean(judgement.Message)));
        if (judgement.ReadNote is { } note)
        {
            grid.AddRow(new Markup("[bold]Read note[/]"), new Text(SafeText.Clean(note)));
        }

        return grid;
    }

    private static Color VerdictColour(Verdict verdict) => verdict switch
    {
        Verdict.Commented => Color.Green,
        Verdict.DriveBy => Color.Red,
        Verdict.NeedsReview => Color.Yellow,
        _ => Color.Grey,
    };

    private static void WriteLinks(IAnsiConsole terminal, IReadOnlyList<JudgedLink> links)
    {
        var governed = links.Where(link => link.Governed).ToList();
        if (governed.Count == 0)
        {
            terminal.MarkupLine("[grey]No governed links.[/]");
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Governed links")
                .AddColumn(new TableColumn("Start").RightAligned())
                .AddColumn(new TableColumn("End").RightAligned())
                .AddColumn("Provider")
                .AddColumn("Kind")
                .AddColumn("Canonical")
                .AddColumn("Why")
                .AddColumn("URL");
            foreach (var link in governed)
            {
                table.AddRow(
                    new Text(link.Start.ToString(CultureInfo.InvariantCulture)),
                    new Text(link.End.ToString(CultureInfo.InvariantCulture)),
                    new Text(link.Provider ?? "-"),
                    new Text(link.Kind),
                    new Text(SafeText.Clean(link.Canonical ?? "-")),
                    new Text(SafeText.Clean(link.Why)),
                    new Text(SafeText.Clean(link.Url ?? "(embed)")));
            }

            terminal.Write(table);
        }

        foreach (var link in links.Where(link => !link.Governed))
        {
            terminal.MarkupLineInterpolated($"[grey]Not governed: {SafeText.OneLine(link.Url ?? "(embed)")} ({SafeText.OneLine(link.Why)})[/]");
        }
    }

    private static void WriteFindings(IAnsiConsole terminal, Judgement judgement)
    {
        if (judgement.Findings.Count == 0)
        {
            return;
        }

        terminal.MarkupLine("[bold]Findings[/]");
        foreach (var finding in judgement.Findings)
        {
            // Interpolated values are escaped by Spectre: a "[red]" in a detail prints as it is.
            var where = finding.Start >= 0 ? string.Create(CultureInfo.InvariantCulture, $" [{finding.Start},{finding.End})") : "";
            terminal.MarkupLineInterpolated($"  • [bold]{finding.Code}[/]: {SafeText.OneLine(finding.Detail)}[grey]{where}[/]");
        }
    }
}
