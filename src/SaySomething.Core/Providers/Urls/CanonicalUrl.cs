using System.Text;

namespace SaySomething.Core.Providers.Urls;

/// <summary>
/// The normalised address used in <c>url:</c> canonical ids: https, host without <c>www.</c>, no default
/// port, path as written ('/' when empty), tracking parameters removed, no fragment.
/// </summary>
internal static class CanonicalUrl
{
    public static void Append(StringBuilder builder, in UrlParts parts, bool onXHost)
    {
        ReadOnlySpan<char> host = parts.Host;
        if (host.StartsWith("www.", StringComparison.Ordinal) && host.Length > 4)
        {
            host = host[4..];
        }

        builder.Append("https://").Append(host);
        ReadOnlySpan<char> port = parts.Port.TrimStart('0');
        bool defaultPort = port.IsEmpty || port.SequenceEqual(parts.IsHttp ? "80" : "443");
        if (!defaultPort)
        {
            builder.Append(':').Append(port);
        }

        builder.Append(parts.Path.IsEmpty ? "/" : parts.Path);
        TrackingParameters.AppendQuery(builder, parts.Query, onXHost);
    }
}
