using System.Globalization;
using SaySomething.Cli.Output;
using SaySomething.Core.Judging;
using Spectre.Console;

namespace SaySomething.Cli.Scanning;

/// <summary>What a scan found: counts by verdict, by drive-by reason and by provider of governed links.</summary>
internal sealed class ScanSummary
{
    /// <summary>A scan of at most this many posts lists each post (the first ones are kept for it, never more).</summary>
    public const int MaxPostsListed = 50;

    private readonly List<ScanOutcome> _listed = [];

    /// <summary>How many providers get a row of their own; the others share one.</summary>
    public const int MaxProvidersShown = 15;

    private readonly long[] _verdicts = new long[Enum.GetValues<Verdict>().Length];
    private readonly long[] _reasons = new long[Enum.GetValues<DriveByReason>().Length];
    private readonly Dictionary<string, ProviderCount> _providers = new(StringComparer.Ordinal);

    /// <summary>Gets the number of posts judged.</summary>
    public long Judged { get; private set; }

    /// <summary>Gets the number of records that could not be judged.</summary>
    public long Errors { get; private set; }

    /// <summary>Gets the number of governed links seen.</summary>
    public long GovernedLinks { get; private set; }

    /// <summary>Gets a value indicating whether any post is a drive-by or needs review.</summary>
    public bool AnyFlagged => Count(Verdict.DriveBy) + Count(Verdict.NeedsReview) > 0;

    public long Count(Verdict verdict) => _verdicts[(int)verdict];

    public long Count(DriveByReason reason) => _reasons[(int)reason];

    public void Add(ScanOutcome outcome)
    {
        if (outcome.Error is not null)
        {
            Errors++;
            return;
        }

        Judged++;
        if (_listed.Count < MaxPostsListed)
        {
            _listed.Add(outcome);
        }

        _verdicts[(int)outcome.Verdict]++;
        if (outcome.Verdict == Verdict.DriveBy)
        {
            _reasons[(int)outcome.Reason]++;
        }

        foreach (var provider in outcome.GovernedProviders)
        {
            GovernedLinks++;
            var key = provider ?? "(unknown)";
            _providers.TryGetValue(key, out var count);
            _providers[key] = new ProviderCount(count.Links + 1, count.InDriveBy + (outcome.Verdict == Verdict.DriveBy ? 1 : 0));
        }
    }

    /// <summary>A small scan lists every post: its verdict, why, the words that counted and the message to its author.</summary>
    private void WritePosts(IAnsiConsole terminal)
    {
        var table = new Table().RoundedBorder();
        table.AddColumn("Post");
        table.AddColumn("Verdict");
        table.AddColumn(new TableColumn("Conf.").RightAligned());
        table.AddColumn("Own words / message to the poster");
        foreach (var post in _listed)
        {
            var verdict = post.Verdict == Verdict.DriveBy ? $"drive_by: {post.Reason.ToName()}" : post.Verdict.ToName();
            var colour = post.Verdict switch
            {
                Verdict.Commented => "green",
                Verdict.DriveBy => "red",
                Verdict.NeedsReview => "yellow",
                _ => "grey",
            };
            var words = post.Verdict == Verdict.Commented
                ? $"[green]{Markup.Escape(Excerpt(post.OwnWords))}[/]"
                : Markup.Escape(Excerpt(post.Message));
            table.AddRow(
                new Markup(Markup.Escape(SafeText.OneLine(post.Id ?? post.Line.ToString(CultureInfo.InvariantCulture)))),
                new Markup($"[{colour}]{Markup.Escape(verdict)}[/]"),
                new Text(post.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
                new Markup(words));
        }

        terminal.Write(table);
    }

    private static string Excerpt(string? text)
    {
        var line = SafeText.OneLine(text ?? "");
        return line.Length <= 120 ? line : line[..119] + "…";
    }

    /// <summary>Writes the summary tables.</summary>
    public void Write(IAnsiConsole terminal, string inputName, string kind)
    {
        terminal.MarkupLineInterpolated($"[bold]{SafeText.OneLine(inputName)}[/] ({kind}): {Judged} post(s) judged, {Errors} record(s) could not be judged.");
        if (Judged <= MaxPostsListed)
        {
            WritePosts(terminal);
        }

        var verdicts = NewTable("Verdict", "Posts");
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            AddRow(verdicts, verdict.ToName(), Count(verdict), Judged);
        }

        terminal.Write(verdicts);

        var driveBys = Count(Verdict.DriveBy);
        var reasons = NewTable("Drive-by reason", "Posts");
        foreach (var reason in Enum.GetValues<DriveByReason>())
        {
            if (reason != DriveByReason.None)
            {
                AddRow(reasons, reason.ToName()!, Count(reason), driveBys);
            }
        }

        terminal.Write(reasons);

        var providers = NewTable("Provider of governed links", "Links").AddColumn(new TableColumn("In drive-by posts").RightAligned());
        var ranked = _providers.OrderByDescending(pair => pair.Value.Links).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        foreach (var (provider, count) in ranked.Take(MaxProvidersShown))
        {
            AddProviderRow(providers, SafeText.OneLine(provider), count);
        }

        if (ranked.Count > MaxProvidersShown)
        {
            var rest = ranked.Skip(MaxProvidersShown).Aggregate(default(ProviderCount), (sum, pair) => new ProviderCount(sum.Links + pair.Value.Links, sum.InDriveBy + pair.Value.InDriveBy));
            AddProviderRow(providers, $"({ranked.Count - MaxProvidersShown} other providers)", rest);
        }

        if (_providers.Count == 0)
        {
            providers.AddRow(new Text("(none)"), new Text("0"), new Text("-"), new Text("0"));
        }

        terminal.Write(providers);
    }

    private void AddProviderRow(Table table, string name, ProviderCount count) => table.AddRow(
        new Text(name),
        new Text(count.Links.ToString(CultureInfo.InvariantCulture)),
        new Text(Share(count.Links, GovernedLinks)),
        new Text(count.InDriveBy.ToString(CultureInfo.InvariantCulture)));

    private static Table NewTable(string what, string unit) => new Table().Border(TableBorder.Rounded)
        .AddColumn(what)
        .AddColumn(new TableColumn(unit).RightAligned())
        .AddColumn(new TableColumn("Share").RightAligned());

    private static void AddRow(Table table, string name, long count, long total)
        => table.AddRow(new Text(name), new Text(count.ToString(CultureInfo.InvariantCulture)), new Text(Share(count, total)));

    private static string Share(long count, long total)
        => total == 0 ? "-" : (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private readonly record struct ProviderCount(long Links, long InDriveBy);
}
