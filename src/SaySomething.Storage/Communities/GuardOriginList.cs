using System.Globalization;
using System.Net;

namespace SaySomething.Storage.Communities;

/// <summary>
/// The web origins a community's composer guard may run on: parsed from what an admin types, normalised to the form a
/// browser sends in its <c>Origin</c> header (<c>scheme://host[:port]</c>, lowercase, punycode host, no default port)
/// and stored space-separated, so that a request's origin is allowed only by an exact match.
/// </summary>
public static class GuardOriginList
{
    /// <summary>The most origins a community may list.</summary>
    public const int MaxOrigins = 20;

    /// <summary>The longest origin accepted, in characters.</summary>
    public const int MaxOriginLength = 255;

    /// <summary>The longest stored list (every origin at its longest, plus separators).</summary>
    public const int MaxStoredLength = MaxOrigins * (MaxOriginLength + 1);

    private static readonly char[] Separators = [' ', ',', '\t', '\r', '\n', ';'];

    /// <summary>
    /// Parses a list of origins separated by spaces or commas. Returns the stored form (null for an empty list) or a
    /// problem that says what to fix.
    /// </summary>
    public static (string? Stored, string? Problem) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var origins = new List<string>();
        foreach (string item in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Normalize(item) is not { } origin)
            {
                return (null, Describe(item));
            }

            if (!origins.Contains(origin, StringComparer.Ordinal))
            {
                origins.Add(origin);
            }
        }

        if (origins.Count > MaxOrigins)
        {
            return (null, $"{origins.Count} guard origins are listed; at most {MaxOrigins} are allowed.");
        }

        return (origins.Count == 0 ? null : string.Join(' ', origins), null);
    }

    /// <summary>The origins of a stored list.</summary>
    public static IReadOnlyList<string> Split(string? stored)
        => string.IsNullOrEmpty(stored) ? [] : stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether <paramref name="origin"/> (a request's <c>Origin</c> header) is in the stored list, by exact match.</summary>
    public static bool Contains(string? stored, string? origin)
    {
        if (string.IsNullOrEmpty(stored) || string.IsNullOrEmpty(origin) || origin.Length > MaxOriginLength)
        {
            return false;
        }

        foreach (string allowed in Split(stored))
        {
            if (string.Equals(allowed, origin, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The origin in the form browsers send, or null when <paramref name="text"/> is not an origin we accept.</summary>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxOriginLength || text.Contains('*', StringComparison.Ordinal)
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.UserInfo) || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || string.IsNullOrEmpty(uri.IdnHost))
        {
            return null;
        }

        // Plain http is spoofable on the network; it is accepted only on this machine, for trying the guard out.
        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            return null;
        }

        string host = uri.HostNameType == UriHostNameType.IPv6 ? "[" + uri.IdnHost.Trim('[', ']') + "]" : uri.IdnHost;
        string port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return (uri.Scheme + "://" + host + port).ToLowerInvariant();
    }

    private static bool IsLoopback(Uri uri)
        => uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static string Describe(string item)
    {
        string shown = item.Length > 80 ? item[..80] + "…" : item;
        return $"'{shown}' is not a guard origin: write the forum's address as scheme://host[:port] with no path, "
            + "e.g. https://forum.example.org; https is required except for localhost, 127.0.0.1 and [::1]; wildcards are not accepted.";
    }
}
