using System.CommandLine;
using System.Globalization;

namespace SaySomething.Cli.Metadata;

/// <summary>The options that turn on metadata for <c>check</c> and <c>scan</c> (and shape it for <c>meta</c>).</summary>
internal sealed class FetchOptions
{
    /// <summary>The shortest and longest budget accepted (seconds).</summary>
    public const double MinBudget = 0.01, MaxBudget = 60;

    public Option<bool> Fetch { get; } = new("--fetch") { Description = "Fetch what the post's links point to (titles, descriptions, article text) and compare the post with it. See the README: 'What the product fetches'." };

    public Option<bool> Offline { get; } = new("--offline") { Description = "Use only metadata already in the cache; never fetch." };

    public Option<string?> Cache { get; } = new("--cache") { Description = $"The metadata cache file (default {MetadataSetup.DefaultCachePath()})." };

    public Option<double?> Budget { get; } = new("--budget") { Description = "Seconds a post waits for its links' metadata before it is judged without it (default 1.5; 0.01 to 60)." };

    public FetchOptions()
    {
        Budget.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                && (seconds < MinBudget || seconds > MaxBudget || double.IsNaN(seconds)))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--budget must be from {MinBudget} to {MaxBudget} seconds, not {result.Tokens[0].Value}."));
            }
        });
    }

    /// <summary>Adds the options to <paramref name="command"/>; <c>meta</c> always fetches, so it has no <c>--fetch</c>.</summary>
    public void AddTo(Command command, bool withFetch = true)
    {
        if (withFetch)
        {
            command.Options.Add(Fetch);
        }

        command.Options.Add(Offline);
        command.Options.Add(Cache);
        command.Options.Add(Budget);
    }

    /// <summary>The values given.</summary>
    public FetchRequest Read(ParseResult parsed, bool fetchAlways = false) => new(
        fetchAlways || parsed.GetValue(Fetch) || parsed.GetValue(Offline),
        parsed.GetValue(Offline),
        parsed.GetValue(Cache),
        parsed.GetValue(Budget));
}

/// <summary>What a command was asked about metadata.</summary>
/// <param name="Enabled">Whether metadata is used at all (<c>--fetch</c> or <c>--offline</c>).</param>
/// <param name="Offline">Whether only the cache may be used.</param>
/// <param name="CachePath">The cache file, or null for the default.</param>
/// <param name="BudgetSeconds">The budget, or null for the default.</param>
internal sealed record FetchRequest(bool Enabled, bool Offline, string? CachePath, double? BudgetSeconds);
