using System.Net;

namespace SaySomething.Fetching.Addresses;

/// <summary>
/// The built-in deny list: the union of the IANA special-purpose registries as Discourse, Mastodon, GitLab and
/// AntiSSRF use them, plus cloud metadata addresses (docs/fetching.md). More specific ranges come first so that the
/// reason names them (the metadata address before link-local).
/// </summary>
internal static class ForbiddenRanges
{
    /// <summary>Gets the IPv4 ranges with the reason given when an address falls in one.</summary>
    public static IReadOnlyList<(IPNetwork Network, string Reason)> IPv4 { get; } = Build(
        ("169.254.169.254/32", "cloud metadata service (AWS, GCP, Azure, OpenStack)"),
        ("168.63.129.16/32", "cloud metadata service (Azure WireServer)"),
        ("100.100.100.200/32", "cloud metadata service (Alibaba)"),
        ("192.0.0.192/32", "cloud metadata service (Oracle)"),
        ("0.0.0.0/8", "\"this network\" address (0.0.0.0/8)"),
        ("10.0.0.0/8", "private address (RFC 1918)"),
        ("100.64.0.0/10", "shared address space (carrier-grade NAT, RFC 6598)"),
        ("127.0.0.0/8", "loopback address"),
        ("169.254.0.0/16", "link-local address"),
        ("172.16.0.0/12", "private address (RFC 1918)"),
        ("192.0.0.0/24", "IETF protocol assignment (192.0.0.0/24)"),
        ("192.0.2.0/24", "documentation address (TEST-NET-1)"),
        ("192.31.196.0/24", "AS112 service address"),
        ("192.52.193.0/24", "AMT relay address"),
        ("192.88.99.0/24", "6to4 relay anycast address (deprecated)"),
        ("192.168.0.0/16", "private address (RFC 1918)"),
        ("192.175.48.0/24", "AS112 service address"),
        ("198.18.0.0/15", "benchmarking address (RFC 2544)"),
        ("198.51.100.0/24", "documentation address (TEST-NET-2)"),
        ("203.0.113.0/24", "documentation address (TEST-NET-3)"),
        ("224.0.0.0/4", "multicast address"),
        ("255.255.255.255/32", "limited broadcast address"),
        ("240.0.0.0/4", "reserved address (240.0.0.0/4)"));

    /// <summary>Gets the IPv6 ranges with their reasons. Addresses outside 2000::/3 are refused as well (see
    /// <see cref="GlobalUnicast"/>), so this list mostly serves to name the reason.</summary>
    public static IReadOnlyList<(IPNetwork Network, string Reason)> IPv6 { get; } = Build(
        ("::/128", "unspecified address (::)"),
        ("::1/128", "loopback address"),
        ("::/96", "IPv4-compatible IPv6 address (deprecated)"),
        ("64:ff9b::/96", "NAT64 address (embeds an IPv4 address)"),
        ("64:ff9b:1::/48", "local-use NAT64 address (embeds an IPv4 address)"),
        ("100::/64", "discard-only address"),
        ("100:0:0:1::/64", "dummy IPv6 prefix"),
        ("2001::/32", "Teredo address (embeds an IPv4 address)"),
        ("2001::/23", "IETF protocol assignment (2001::/23)"),
        ("2001:db8::/32", "documentation address"),
        ("2002::/16", "6to4 address (embeds an IPv4 address)"),
        ("2620:4f:8000::/48", "AS112 service address"),
        ("3fff::/20", "documentation address"),
        ("5f00::/16", "segment routing (SRv6) address"),
        ("fd00:ec2::254/128", "cloud metadata service (AWS, IPv6)"),
        ("fc00::/7", "unique local address (private IPv6)"),
        ("fe80::/10", "link-local address"),
        ("fec0::/10", "site-local address (deprecated)"),
        ("ff00::/8", "multicast address"));

    /// <summary>Gets 2000::/3, the only IPv6 block allocated for global unicast; everything outside is refused.</summary>
    public static IPNetwork GlobalUnicast { get; } = IPNetwork.Parse("2000::/3");

    private static (IPNetwork, string)[] Build(params (string Cidr, string Reason)[] entries)
        => [.. entries.Select(entry => (IPNetwork.Parse(entry.Cidr), entry.Reason))];
}
