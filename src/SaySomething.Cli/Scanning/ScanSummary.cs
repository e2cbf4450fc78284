using System.Globalization;
using SaySomething.Cli.Output;
using SaySomething.Core.Judging;
using Spectre.Console;

namespace SaySomething.Cli.Scanning;

/// <summary>What a scan found: counts by verdict, by drive-by reason and by provider of governed links.</summary>
internal sealed class ScanSummary
{
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

    /// <summary>Writes the summary tables.</summary>
    public void Write(IAnsiConsole terminal, string inputName, string kind)
    {
        terminal.MarkupLineInterpolated($"[bold]{SafeText.OneLine(inputName)}[/] ({kind}): {Judged} post(s) judged, {Errors} record(s) could not be judged.");

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
