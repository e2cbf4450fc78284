namespace SaySomething.Fetching.Urls;

/// <summary>
/// The checks made on a URL before anything is resolved: scheme, control characters, credentials, https→http,
/// host syntax and special-use names, port. Every hop runs them (the first URL and each redirect target).
/// </summary>
internal static class UrlPreflight
{
    /// <summary>The longest host name accepted (the DNS limit).</summary>
    public const int MaxHostLength = 253;

    /// <summary>Returns why <paramref name="url"/> may not be fetched, or null. <paramref name="previous"/> is the URL
    /// that redirected here, or null for the first hop.</summary>
    public static Refusal? Check(Uri url, Uri? previous, SafeFetcherOptions options)
    {
        if (!url.IsAbsoluteUri)
        {
            return Refuse($"refused '{Shorten(url.OriginalString)}': not an absolute http or https URL");
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return Refuse($"refused '{Shorten(url.AbsoluteUri)}': scheme '{url.Scheme}' is not http or https");
        }

        if (HasControlCharacter(url.OriginalString))
        {
            return Refuse($"refused '{Shorten(url.AbsoluteUri)}': the URL holds a line break or control character");
        }

        if (url.UserInfo.Length > 0)
        {
            return new Refusal(FetchFailure.RefusedCredentials,
                $"refused '{url.IdnHost}': the URL carries a user name or password");
        }

        if (previous is not null && previous.Scheme == Uri.UriSchemeHttps && url.Scheme == Uri.UriSchemeHttp)
        {
            return Refuse($"refused redirect from {Shorten(previous.AbsoluteUri)} to {Shorten(url.AbsoluteUri)}: https to http");
        }

        if (CheckHost(url) is { } hostRefusal)
        {
            return hostRefusal;
        }

        bool testPort = options.UnsafeLoopbackAccessForTests?.Ports.Contains(url.Port) == true;
        if (!options.AllowedPorts.Contains(url.Port) && !testPort)
        {
            return new Refusal(FetchFailure.RefusedPort,
                $"refused {url.IdnHost}:{url.Port}: port {url.Port} is not allowed (allowed: {string.Join(", ", options.AllowedPorts.Order())})");
        }

        return null;
    }

    private static Refusal? CheckHost(Uri url)
    {
        string host = url.IdnHost;
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return host.Contains('%', StringComparison.Ordinal)
                ? new Refusal(FetchFailure.RefusedAddress, $"refused {host}: scoped IPv6 address (zone id)")
                : null;
        }

        if (url.HostNameType != UriHostNameType.Dns || host.Length == 0)
        {
            return Refuse($"refused '{Shorten(host)}': not a host name or IP address");
        }

        if (host.Length > MaxHostLength)
        {
            return Refuse($"refused a host of {host.Length} characters: longer than {MaxHostLength}");
        }

        string name = host.TrimEnd('.');
        if (SpecialUseNames.Match(name) is { } suffix)
        {
            return new Refusal(FetchFailure.RefusedAddress, $"refused {host}: special-use name (.{suffix}) that is never a public site");
        }

        string[] labels = name.Split('.');
        if (labels.Length < 2)
        {
            return Refuse($"refused {host}: a public host name has at least two labels");
        }

        foreach (string label in labels)
        {
            if (label.Length is 0 or > 63 || !char.IsAsciiLetterOrDigit(label[0]) || label[^1] == '-'
                || label.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_'))
            {
                return Refuse($"refused {Shorten(host)}: label '{Shorten(label)}' is not a valid host name label");
            }
        }

        // A top-level label is alphabetic (or punycode): "1.1.1.1.1" or "0xBaaaaffff" are numbers in disguise.
        if (!char.IsAsciiLetter(labels[^1][0]))
        {
            return Refuse($"refused {Shorten(host)}: the top-level label '{Shorten(labels[^1])}' is not a name");
        }

        return null;
    }

    private static bool HasControlCharacter(string url)
    {
        if (url.Any(char.IsControl))
        {
            return true;
        }

        // Escaped line breaks and NUL are refused too: they exist to smuggle headers or split requests downstream.
        return url.Contains("%0a", StringComparison.OrdinalIgnoreCase)
            || url.Contains("%0d", StringComparison.OrdinalIgnoreCase)
            || url.Contains("%00", StringComparison.Ordinal);
    }

    private static Refusal Refuse(string detail) => new(FetchFailure.RefusedUrl, detail);

    /// <summary>Cuts text from a stranger to a length fit for one log line.</summary>
    internal static string Shorten(string text)
    {
        string cut = text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "...");
        return string.Create(cut.Length, cut, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}
