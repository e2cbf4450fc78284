using SaySomething.Fetching;

namespace SaySomething.Metadata.Gathering;

/// <summary>One fetch made for a link, for <c>saysomething meta</c> and logs.</summary>
/// <param name="Purpose">What it was for: <c>oembed</c>, <c>page</c> or <c>discovered_oembed</c>.</param>
/// <param name="Url">The address asked for.</param>
/// <param name="Failure">Why it gave nothing, or <see cref="FetchFailure.None"/>.</param>
/// <param name="Detail">The fetcher's one-line explanation.</param>
/// <param name="StatusCode">The final HTTP status, or null.</param>
/// <param name="MediaType">The response's media type, or null.</param>
/// <param name="Bytes">The body's size.</param>
/// <param name="Elapsed">How long it took, redirects included.</param>
public sealed record FetchTrace(string Purpose, Uri Url, FetchFailure Failure, string Detail, int? StatusCode, string? MediaType, int Bytes, TimeSpan Elapsed);
