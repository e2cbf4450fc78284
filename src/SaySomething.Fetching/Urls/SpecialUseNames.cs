namespace SaySomething.Fetching.Urls;

/// <summary>
/// Host names that never name a public web site: loopback names (RFC 6761), mDNS (<c>.local</c>), Tor and I2P, and
/// names reserved for private networks. Refused before any lookup; the resolved addresses are checked as well.
/// </summary>
internal static class SpecialUseNames
{
    private static readonly string[] s_suffixes =
        ["localhost", "localdomain", "local", "onion", "i2p", "internal", "intranet", "home.arpa", "home", "lan", "corp", "private"];

    /// <summary>Returns the special-use suffix <paramref name="host"/> ends with (ASCII, lower case, no trailing dot), or null.</summary>
    public static string? Match(string host)
    {
        foreach (string suffix in s_suffixes)
        {
            if (host.Equals(suffix, StringComparison.Ordinal)
                || (host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.Ordinal)
                    && host[host.Length - suffix.Length - 1] == '.'))
            {
                return suffix;
            }
        }

        return null;
    }
}
