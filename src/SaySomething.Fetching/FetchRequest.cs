namespace SaySomething.Fetching;

/// <summary>One fetch: the URL and what the caller will accept back.</summary>
/// <param name="Url">The absolute URL to fetch, as the post gave it (after the caller's own normalisation).</param>
/// <param name="AcceptedMediaTypes">Media types the caller can read (for example <c>text/html</c>,
/// <c>application/json</c>); any other Content-Type is refused with <see cref="FetchFailure.ContentTypeRefused"/>.</param>
/// <param name="MaxBodyBytes">Largest body accepted, counted after decompression, or null for the fetcher's configured
/// default (1 MiB for metadata).</param>
public sealed record FetchRequest(Uri Url, IReadOnlyList<string> AcceptedMediaTypes, long? MaxBodyBytes = null);
