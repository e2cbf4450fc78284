using SaySomething.Fetching;

namespace SaySomething.Cli;

/// <summary>What the commands reach the outside world through; tests pass their own.</summary>
/// <param name="CreateFetcher">Makes the safe fetcher for <c>--fetch</c> and <c>meta</c>, or gives null when none may be
/// used (then only the cache can be).</param>
internal sealed record CliServices(Func<ISafeFetcher?> CreateFetcher)
{
    /// <summary>Gets the services of the installed command: the SSRF-safe fetcher with its default limits
    /// (<c>docs/fetching.md</c>). No other HTTP client may stand in for it.</summary>
    public static CliServices Default { get; } = new(() => new SafeFetcher());
}
