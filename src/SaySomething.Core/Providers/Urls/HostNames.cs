using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace SaySomething.Core.Providers.Urls;

/// <summary>
/// Host name normalisation and label-boundary comparisons. Hosts are compared as whole labels:
/// <c>notyoutube.com</c> is not under <c>youtube.com</c>, and <c>youtube.com.evil.org</c> is not YouTube.
/// </summary>
internal static class HostNames
{
    /// <summary>The longest host we accept (RFC 1035 limit on the presentation form).</summary>
    public const int MaxLength = 253;

    private const int MaxCachedPunycode = 4096;

    private static readonly IdnMapping Idn = new();

    private static readonly ConcurrentDictionary<string, string?> PunycodeCache = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> PunycodeLookup =
        PunycodeCache.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> HostCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.");

    /// <summary>
    /// Writes the normalised form of <paramref name="host"/> into <paramref name="buffer"/>: ASCII
    /// lower-cased, ideographic and fullwidth dots turned into '.', one trailing dot removed. Non-ASCII
    /// hosts are converted to punycode, which allocates; ASCII hosts never allocate.
    /// </summary>
    /// <returns>The number of characters written, or -1 when the host is empty or not a valid host name.</returns>
    public static int Normalize(ReadOnlySpan<char> host, Span<char> buffer)
    {
        if (host.IsEmpty || host.Length > buffer.Length)
        {
            return -1;
        }

        // Fast path: an ASCII host is lower-cased with a vectorised copy.
        if (Ascii.ToLower(host, buffer, out int written) == OperationStatus.Done)
        {
            int asciiLength = written;
            if (buffer[asciiLength - 1] == '.')
            {
                asciiLength--;
            }

            return IsValidAsciiHost(buffer[..asciiLength]) ? asciiLength : -1;
        }

        for (int i = 0; i < host.Length; i++)
        {
            char c = host[i];
            buffer[i] = c switch
            {
                '\u3002' or '\uFF0E' or '\uFF61' => '.',
                >= 'A' and <= 'Z' => (char)(c + 32),
                _ => c,
            };
        }

        int length = host.Length;
        if (buffer[length - 1] == '.')
        {
            length--;
        }

        return ToPunycode(buffer[..length], buffer);
    }

    /// <summary>Whether <paramref name="host"/> equals <paramref name="domain"/> or is a subdomain of it (whole labels).</summary>
    public static bool IsSameOrSubdomain(ReadOnlySpan<char> host, ReadOnlySpan<char> domain)
    {
        if (host.Length == domain.Length)
        {
            return host.SequenceEqual(domain);
        }

        return host.Length > domain.Length
            && host[host.Length - domain.Length - 1] == '.'
            && host.EndsWith(domain, StringComparison.Ordinal);
    }

    /// <summary>Letters, digits, '-' and '_' in non-empty labels; at least one character.</summary>
    public static bool IsValidAsciiHost(ReadOnlySpan<char> host) =>
        !host.IsEmpty && host[0] != '.' && host[^1] != '.'
        && !host.ContainsAnyExcept(HostCharacters)
        && host.IndexOf("..", StringComparison.Ordinal) < 0;

    private static int ToPunycode(ReadOnlySpan<char> host, Span<char> buffer)
    {
        // IDN conversion is slow and allocates; forums link the same few IDN hosts over and over, so remember them.
        if (!PunycodeLookup.TryGetValue(host, out string? ascii))
        {
            ascii = ConvertToPunycode(host);
            if (PunycodeCache.Count < MaxCachedPunycode)
            {
                PunycodeLookup.TryAdd(host, ascii);
            }
        }

        if (ascii is null || ascii.Length > buffer.Length)
        {
            return -1;
        }

        ascii.AsSpan().CopyTo(buffer);
        return ascii.Length;
    }

    /// <summary>The lower-case punycode form of a lower-cased Unicode host, or null when it is not a valid host.</summary>
    private static string? ConvertToPunycode(ReadOnlySpan<char> host)
    {
        string ascii;
        try
        {
            ascii = Idn.GetAscii(host.ToString().ToLowerInvariant()).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        return IsValidAsciiHost(ascii) ? ascii : null;
    }
}
