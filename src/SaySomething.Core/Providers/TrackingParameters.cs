using System.Text;
using SaySomething.Core.Providers.Urls;

namespace SaySomething.Core.Providers;

/// <summary>
/// Query parameters that only track who shared a link (<c>utm_*</c>, <c>fbclid</c>, <c>si</c>...) and do not
/// change what it points to. <c>s</c> and <c>t</c> count as tracking on X/Twitter hosts only; YouTube's
/// <c>t</c> is a start time and is kept.
/// </summary>
public static class TrackingParameters
{
    private static readonly string[] Names =
    [
        "si", "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
        "igsh", "igshid", "feature", "ref", "ref_src", "ref_url", "mibextid", "share_id", "is_from_webapp",
        "sender_device", "sender_web_id", "_r", "_t", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "rdt", "share_app_id",
        "share_link_id", "utm", "cmpid", "ocid", "smid", "smtyp", "at_medium", "at_campaign", "xtor",
        "ncid", "sr_share", "web_share_link"
    ];

    /// <summary>
    /// Whether <paramref name="name"/> is a tracking parameter (ASCII case-insensitive).
    /// </summary>
    /// <param name="name">The parameter name as written.</param>
    /// <param name="onXHost">Whether the URL's host belongs to X/Twitter, where <c>s</c> and <c>t</c> are tracking too.</param>
    public static bool IsTracking(ReadOnlySpan<char> name, bool onXHost)
    {
        if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (onXHost && (name.Equals("s", StringComparison.OrdinalIgnoreCase) || name.Equals("t", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (string known in Names)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns <paramref name="url"/> without its tracking parameters. Everything else stays as written;
    /// the kept parameters are re-joined with '&amp;' (so an HTML-escaped <c>&amp;amp;</c> becomes '&amp;').
    /// Text that is not an http(s) URL, or has no query, is returned unchanged; the '?' is dropped when
    /// no parameter is left.
    /// </summary>
    public static string RemoveTrackingParameters(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        int question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return url;
        }

        Span<char> hostBuffer = stackalloc char[HostNames.MaxLength + 3];
        if (!UrlParts.TryParse(url, hostBuffer, out UrlParts parts) || parts.Query.IsEmpty)
        {
            return url;
        }

        bool onX = ProviderRegistry.Default.FindProvider(parts.Host)?.Id == "x";
        int hash = url.IndexOf('#', question);
        var builder = new StringBuilder(url.Length);
        builder.Append(url.AsSpan(0, question));
        AppendQuery(builder, parts.Query, onX);
        if (hash >= 0)
        {
            builder.Append(url.AsSpan(hash));
        }

        return builder.ToString();
    }

    /// <summary>Appends '?' and the non-tracking parameters of <paramref name="query"/>, or nothing when none is left.</summary>
    internal static void AppendQuery(StringBuilder builder, ReadOnlySpan<char> query, bool onXHost)
    {
        bool first = true;
        var parameters = new QueryParameters(query);
        while (parameters.MoveNext())
        {
            if (IsTracking(parameters.Name, onXHost))
            {
                continue;
            }

            builder.Append(first ? '?' : '&').Append(parameters.Pair);
            first = false;
        }
    }
}
