using System.Text.Json;
using SaySomething.Core.Providers.Data;

namespace SaySomething.Core.Providers;

/// <summary>
/// The oEmbed endpoints of the vendored provider list (<c>Data/vendor/oembed-providers.json</c>): which endpoint
/// describes a given page URL, found by the list's URL schemes (<c>https://*.youtube.com/watch*</c>). Immutable and
/// thread-safe.
/// </summary>
public sealed class OEmbedEndpoints
{
    /// <summary>The longest URL matched against the schemes; longer ones have no endpoint.</summary>
    public const int MaxUrlLength = 4096;

    private static readonly Lazy<OEmbedEndpoints> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly (string Scheme, string Endpoint)[] _schemes;

    internal OEmbedEndpoints(IEnumerable<(string Scheme, string Endpoint)> schemes)
    {
        _schemes = [.. schemes];
    }

    /// <summary>Gets the endpoints of the vendored list (read on first use, then shared).</summary>
    public static OEmbedEndpoints Default => LazyDefault.Value;

    /// <summary>Gets the number of URL schemes known.</summary>
    public int SchemeCount => _schemes.Length;

    /// <summary>
    /// The oEmbed request for <paramref name="pageUrl"/>: the endpoint of the first provider whose scheme matches (http
    /// and https alike, host and path case-insensitively), with <c>url</c> and <c>format=json</c> in its query.
    /// </summary>
    /// <returns>The request URL, or null when no scheme matches (or the URL is longer than <see cref="MaxUrlLength"/>).</returns>
    public Uri? Find(string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (pageUrl.Length > MaxUrlLength || AfterScheme(pageUrl) is not { } rest)
        {
            return null;
        }

        foreach (var (scheme, endpoint) in _schemes)
        {
            if (AfterScheme(scheme) is { } pattern && GlobMatches(pattern, rest))
            {
                string url = endpoint.Replace("{format}", "json", StringComparison.Ordinal);
                char joiner = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                return Uri.TryCreate($"{url}{joiner}url={Uri.EscapeDataString(pageUrl)}&format=json", UriKind.Absolute, out var request) ? request : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> matches <paramref name="pattern"/>, where <c>*</c> stands for any run of
    /// characters; linear in practice, at worst the product of the lengths (both are bounded).</summary>
    internal static bool GlobMatches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0, t = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t]))
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static string? AfterScheme(string url)
    {
        int colon = url.IndexOf("://", StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        string scheme = url[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            ? url[(colon + 3)..]
            : null;
    }

    private static OEmbedEndpoints Load()
    {
        using JsonDocument document = EmbeddedData.Open(EmbeddedData.OEmbedProviders);
        var schemes = new List<(string, string)>();
        foreach (JsonElement provider in document.RootElement.EnumerateArray())
        {
            if (!provider.TryGetProperty("endpoints", out JsonElement endpoints) || endpoints.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (JsonElement endpoint in endpoints.EnumerateArray())
            {
                if (EmbeddedData.String(endpoint, "url") is { Length: > 0 } url)
                {
                    schemes.AddRange(EmbeddedData.Strings(endpoint, "schemes").Where(s => s.Length > 0).Select(s => (s, url)));
                }
            }
        }

        return new OEmbedEndpoints(schemes);
    }
}
