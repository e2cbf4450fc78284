namespace SaySomething.Core.Providers.Urls;

/// <summary>
/// An address split into spans without allocating (for ASCII hosts). <see cref="Host"/> points into
/// the caller's buffer and is normalised; every other part points into the original text, case kept.
/// </summary>
internal readonly ref struct UrlParts
{
    /// <summary>Normalised host (lower case, punycode, no trailing dot).</summary>
    public ReadOnlySpan<char> Host { get; init; }

    /// <summary>Path including its leading '/', or empty.</summary>
    public ReadOnlySpan<char> Path { get; init; }

    /// <summary>Query without the '?', or empty.</summary>
    public ReadOnlySpan<char> Query { get; init; }

    /// <summary>Fragment without the '#', or empty.</summary>
    public ReadOnlySpan<char> Fragment { get; init; }

    /// <summary>Port digits as written, or empty.</summary>
    public ReadOnlySpan<char> Port { get; init; }

    /// <summary>Whether the text spelled out a scheme.</summary>
    public bool HasScheme { get; init; }

    /// <summary>Whether the scheme is plain <c>http</c> (otherwise https or none).</summary>
    public bool IsHttp { get; init; }

    /// <summary>
    /// Splits <paramref name="url"/>. Accepts <c>http</c>/<c>https</c> URLs, protocol-relative
    /// <c>//host/...</c> and scheme-less <c>host/...</c> text (which must then have a dotted host and no
    /// user info, so that e-mail addresses are rejected).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> url, Span<char> hostBuffer, out UrlParts parts)
    {
        parts = default;
        url = url.Trim();
        bool hasScheme = false;
        bool isHttp = false;

        int colon = url.IndexOf(':');
        if (colon > 0 && colon + 2 < url.Length && url[colon + 1] == '/' && url[colon + 2] == '/')
        {
            ReadOnlySpan<char> scheme = url[..colon];
            if (scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                hasScheme = true;
            }
            else if (scheme.Equals("http", StringComparison.OrdinalIgnoreCase))
            {
                hasScheme = true;
                isHttp = true;
            }
            else
            {
                return false;
            }

            url = url[(colon + 3)..];
        }
        else if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = url[2..];
        }

        int authorityEnd = url.IndexOfAny('/', '?', '#');
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        ReadOnlySpan<char> authority = url[..authorityEnd];
        ReadOnlySpan<char> rest = url[authorityEnd..];

        int at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            if (!hasScheme)
            {
                return false;
            }

            authority = authority[(at + 1)..];
        }

        ReadOnlySpan<char> port = default;
        int portColon = authority.LastIndexOf(':');
        if (portColon >= 0)
        {
            port = authority[(portColon + 1)..];
            authority = authority[..portColon];
            if (!AsciiDigits.AreAll(port))
            {
                return false;
            }
        }

        int hostLength = HostNames.Normalize(authority, hostBuffer);
        if (hostLength <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> host = hostBuffer[..hostLength];
        if (!hasScheme && !host.Contains('.'))
        {
            return false;
        }

        SplitRest(rest, out ReadOnlySpan<char> path, out ReadOnlySpan<char> query, out ReadOnlySpan<char> fragment);

        // Old "hashbang" addresses (twitter.com/#!/user/status/1) keep their real path in the fragment.
        if (path.Length <= 1 && query.IsEmpty && fragment.StartsWith("!/", StringComparison.Ordinal))
        {
            SplitRest(fragment[1..], out path, out query, out fragment);
        }

        parts = new UrlParts
        {
            Host = host,
            Path = path,
            Query = query,
            Fragment = fragment,
            Port = port,
            HasScheme = hasScheme,
            IsHttp = isHttp,
        };
        return true;
    }

    private static void SplitRest(
        ReadOnlySpan<char> rest,
        out ReadOnlySpan<char> path,
        out ReadOnlySpan<char> query,
        out ReadOnlySpan<char> fragment)
    {
        fragment = default;
        int hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            fragment = rest[(hash + 1)..];
            rest = rest[..hash];
        }

        query = default;
        int question = rest.IndexOf('?');
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        path = rest;
    }
}
