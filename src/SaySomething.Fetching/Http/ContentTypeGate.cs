using System.Net.Http.Headers;

namespace SaySomething.Fetching.Http;

/// <summary>Checks the final response's Content-Type against what the caller can read, before any body is read.</summary>
internal static class ContentTypeGate
{
    /// <summary>Returns the media type (lower case, no parameters) and the declared charset, or why the type is refused.</summary>
    public static (string? MediaType, string? Charset, Refusal? Refusal) Check(HttpContent content, IReadOnlyList<string> accepted)
    {
        MediaTypeHeaderValue? contentType = content.Headers.ContentType;
        if (contentType?.MediaType is not { Length: > 0 } declared)
        {
            string raw = content.Headers.NonValidated.TryGetValues("Content-Type", out HeaderStringValues values)
                ? $"an unreadable Content-Type '{Urls.UrlPreflight.Shorten(values.ToString())}'"
                : "no Content-Type";
            return (null, null, new Refusal(FetchFailure.ContentTypeRefused, $"refused the response: it has {raw}"));
        }

        string mediaType = declared.ToLowerInvariant();
        string? charset = contentType.CharSet?.Trim().Trim('"');
        if (!accepted.Any(type => Matches(type, mediaType)))
        {
            return (mediaType, charset, new Refusal(FetchFailure.ContentTypeRefused,
                $"refused the response: Content-Type {mediaType} is not one of {string.Join(", ", accepted)}"));
        }

        return (mediaType, charset, null);
    }

    private static bool Matches(string accepted, string mediaType)
    {
        if (accepted == "*/*")
        {
            return true;
        }

        return accepted.EndsWith("/*", StringComparison.Ordinal)
            ? mediaType.StartsWith(accepted.AsSpan(0, accepted.Length - 1), StringComparison.OrdinalIgnoreCase)
            : string.Equals(accepted, mediaType, StringComparison.OrdinalIgnoreCase);
    }
}
