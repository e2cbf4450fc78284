using System.Net;
using System.Net.Sockets;

namespace SaySomething.Fetching.Addresses;

/// <summary>
/// Decides whether one address may be connected to. Addresses are normalised first (an IPv4-mapped IPv6 address is
/// judged as the IPv4 address it carries); decisions are made on parsed addresses, never on strings.
/// </summary>
internal sealed class AddressPolicy(IReadOnlyList<IPNetwork> additionalDenied, LoopbackTestAccess? loopbackForTests)
{
    /// <summary>Returns the address to judge and connect to: IPv4-mapped IPv6 addresses become IPv4.</summary>
    public static IPAddress Normalize(IPAddress address)
        => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    /// <summary>Returns whether the test-only permission covers <paramref name="normalized"/> on <paramref name="port"/>.</summary>
    public bool IsTestLoopback(IPAddress normalized, int port)
        => loopbackForTests is not null && normalized.Equals(IPAddress.Loopback) && loopbackForTests.Ports.Contains(port);

    /// <summary>Returns why <paramref name="address"/> may not be reached on <paramref name="port"/>, or null when it may.
    /// The port matters only for the test-only loopback permission.</summary>
    public string? WhyForbidden(IPAddress address, int port)
    {
        IPAddress normalized = Normalize(address);
        if (IsTestLoopback(normalized, port))
        {
            return null;
        }

        if (normalized.AddressFamily == AddressFamily.InterNetworkV6 && normalized.ScopeId != 0)
        {
            return "scoped IPv6 address (zone id)";
        }

        var ranges = normalized.AddressFamily switch
        {
            AddressFamily.InterNetwork => ForbiddenRanges.IPv4,
            AddressFamily.InterNetworkV6 => ForbiddenRanges.IPv6,
            _ => null,
        };
        if (ranges is null)
        {
            return "unknown address family";
        }

        foreach ((IPNetwork network, string reason) in ranges)
        {
            if (network.Contains(normalized))
            {
                return EmbeddedIPv4.Describe(normalized) is { } embedded ? $"{reason}, {embedded}" : reason;
            }
        }

        foreach (IPNetwork network in additionalDenied)
        {
            if (network.Contains(normalized))
            {
                return $"in the operator's denied range {network}";
            }
        }

        if (normalized.AddressFamily == AddressFamily.InterNetworkV6 && !ForbiddenRanges.GlobalUnicast.Contains(normalized))
        {
            return "not a global unicast IPv6 address (outside 2000::/3)";
        }

        return null;
    }
}
