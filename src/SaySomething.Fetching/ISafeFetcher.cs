namespace SaySomething.Fetching;

/// <summary>
/// Fetches a URL that a stranger typed, refusing anything that could reach a private network or exhaust us:
/// the one way the product reads the web.
/// </summary>
public interface ISafeFetcher
{
    /// <summary>
    /// Fetches <paramref name="request"/>'s URL. Never throws for anything the remote side or the URL does
    /// (refusals, timeouts, oversized bodies, HTTP errors are all results); throws only
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}
