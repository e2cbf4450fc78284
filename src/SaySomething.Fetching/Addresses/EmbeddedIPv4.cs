using System.Net;
using System.Net.Sockets;

namespace SaySomething.Fetching.Addresses;

/// <summary>Names the IPv4 address that transition formats (IPv4-compatible, NAT64, 6to4, Teredo) carry, for the
/// refusal text. These ranges are refused whole; the embedded address only explains what was aimed at.</summary>
internal static class EmbeddedIPv4
{
    /// <summary>Returns "embeds a.b.c.d" for a transition address, or null.</summary>
    public static string? Describe(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        byte[] b = address.GetAddressBytes();
        IPAddress? embedded = null;
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            embedded = new IPAddress(b.AsSpan(2, 4)); // 6to4: 2002:AABB:CCDD::/48
        }
        else if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
        {
            // Teredo: the client's address is the last 32 bits, inverted.
            embedded = new IPAddress([(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]]);
        }
        else if ((b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) || IsCompatible(b))
        {
            embedded = new IPAddress(b.AsSpan(12, 4)); // NAT64 64:ff9b::/96 and IPv4-compatible ::/96
        }

        return embedded is null ? null : $"embeds {embedded}";
    }

    private static bool IsCompatible(byte[] b)
        => b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && (b[12] | b[13]) != 0;
}
