using SaySomething.Fetching;

namespace SaySomething.Cli;

/// <summary>What the commands reach the outside world through; tests pass their own.</summary>
/// <param name="CreateFetcher">Makes the safe fetcher for <c>--fetch</c> and <c>meta</c>, or gives null when this build
/// has none (then only the cache can be used).</param>
internal sealed record CliServices(Func<ISafeFetcher?> CreateFetcher)
{
    /// <summary>
    /// Gets the services of the installed command. The SSRF-safe fetcher (<c>SaySomething.Fetching.SafeFetcher</c>) is
    /// being built on its own branch; until it is part of this build there is no fetcher, so live fetching is refused
    /// with a message and <c>--offline</c> (the cache) still works. No other HTTP client may stand in for it.
    /// </summary>
    public static CliServices Default { get; } = new(() => null);
}
