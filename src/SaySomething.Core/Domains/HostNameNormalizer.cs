using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace SaySomething.Core.Domains;

/// <summary>
/// Brings a host name into the one form that lookups compare: lower-case ASCII, international labels in
/// punycode (<c>xn--</c>), no trailing dot. Anything that cannot be a DNS host name is rejected instead.
/// </summary>
/// <remarks>
/// <para>
/// Accepted: labels of ASCII letters, digits, <c>-</c> and <c>_</c> (underscores occur in real host names),
/// and international labels. A single trailing dot (the DNS root) is dropped. The ideographic and full-width
/// full stops (U+3002, U+FF0E, U+FF61) separate labels like <c>.</c> does, and full-width ASCII forms
/// (U+FF01 to U+FF5E) are read as their ASCII letters, as browsers do.
/// </para>
/// <para>
/// Rejected: <see langword="null"/> or empty input, empty labels (leading dot, <c>..</c>, only dots), a label
/// longer than 63 or a host longer than 253 characters in ASCII form, spaces, controls, format characters,
/// unpaired surrogates, U+FFFD, and every other ASCII character (<c>/</c>, <c>:</c>, <c>@</c>, <c>*</c>, ...), so that
/// URLs, ports, IPv6 literals and user-info are never mistaken for host names. <c>xn--</c> labels must
/// decode as punycode.
/// </para>
/// <para>
/// The product runs with invariant globalization, so no Unicode normalization (NFC/NFKC) happens: a label is
/// lower-cased with the invariant culture and then punycode-encoded as written. Hosts in decomposed form
/// therefore get an ASCII form of their own rather than that of their composed twin.
/// </para>
/// </remarks>
public static class HostNameNormalizer
{
    /// <summary>The longest host name accepted, in ASCII form and without a trailing dot.</summary>
    public const int MaxHostLength = 253;

    /// <summary>The longest label accepted, in ASCII form.</summary>
    public const int MaxLabelLength = 63;

    // Longer raw input is rejected before any work is done. Generous, because an international host
    // is shorter as Unicode text than as punycode, but it bounds the cost of hostile input.
    private const int MaxInputLength = 1024;

    private static readonly SearchValues<char> s_asciiHostChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    // SearchValues rather than ContainsAnyInRange: on .NET 10 the range helpers allocate on every call.
    private static readonly SearchValues<char> s_asciiUpper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> s_asciiDigits = SearchValues.Create("0123456789");

    /// <summary>Converts <paramref name="host"/> to its lower-case ASCII (punycode) form without a trailing dot.</summary>
    /// <param name="host">A host name as written, for example <c>WWW.Example.COM.</c> or <c>食狮.中国</c>.</param>
    /// <param name="normalized">The normalized host, for example <c>www.example.com</c> or <c>xn--85x722f.xn--fiqs8s</c>; <see langword="null"/> when the method returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> if <paramref name="host"/> is a valid host name; never throws.</returns>
    public static bool TryNormalize(string? host, [NotNullWhen(true)] out string? normalized)
        => TryNormalize(host, out normalized, out _);

    /// <summary>
    /// Like <see cref="TryNormalize(string?, out string?)"/>, and also returns <paramref name="display"/>: the same
    /// labels (same count, same order) in the form they were written, lower-cased, so that a caller can answer
    /// in Unicode when it was asked in Unicode. For pure ASCII input it is the same instance as <paramref name="ascii"/>.
    /// </summary>
    internal static bool TryNormalize(
        string? host,
        [NotNullWhen(true)] out string? ascii,
        [NotNullWhen(true)] out string? display)
    {
        ascii = null;
        display = null;
        if (string.IsNullOrEmpty(host) || host.Length > MaxInputLength)
        {
            return false;
        }

        return Ascii.IsValid(host)
            ? TryNormalizeAscii(host, out ascii, out display)
            : TryNormalizeInternational(host, out ascii, out display);
    }

    private static bool TryNormalizeAscii(string host, [NotNullWhen(true)] out string? ascii, [NotNullWhen(true)] out string? display)
    {
        ascii = null;
        display = null;
        ReadOnlySpan<char> span = host;
        if (span[^1] == '.')
        {
            span = span[..^1];
        }

        if (span.Length > MaxHostLength || !AreValidAsciiLabels(span))
        {
            return false;
        }

        if (span.Length == host.Length && !span.ContainsAny(s_asciiUpper))
        {
            ascii = host;
        }
        else
        {
            ascii = string.Create(span.Length, host, static (destination, source) =>
                Ascii.ToLower(source.AsSpan(0, destination.Length), destination, out _));
        }

        display = ascii;
        return true;
    }

    // Checks label syntax of a host that is already ASCII; case does not matter here.
    private static bool AreValidAsciiLabels(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty || host.ContainsAnyExcept(s_asciiHostChars))
        {
            return false;
        }

        foreach (Range range in host.Split('.'))
        {
            ReadOnlySpan<char> label = host[range];
            if (label.IsEmpty || label.Length > MaxLabelLength)
            {
                return false;
            }

            if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) && !IsDecodablePunycode(label))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a label of a normalized host is all digits, as the last label of an IPv4 address is.</summary>
    internal static bool IsAllDigits(ReadOnlySpan<char> label) => !label.IsEmpty && !label.ContainsAnyExcept(s_asciiDigits);

    private static bool IsDecodablePunycode(ReadOnlySpan<char> label)
    {
        try
        {
            _ = new IdnMapping().GetUnicode(label.ToString());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryNormalizeInternational(string host, [NotNullWhen(true)] out string? ascii, [NotNullWhen(true)] out string? display)
    {
        ascii = null;
        display = null;

        // Map alternative full stops and full-width ASCII first, then lower-case the whole host.
        Span<char> mapped = stackalloc char[host.Length];
        for (int i = 0; i < host.Length; i++)
        {
            char c = host[i];
            mapped[i] = c switch
            {
                '\u3002' or '\uFF0E' or '\uFF61' => '.',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                _ => c,
            };
        }

        Span<char> lower = stackalloc char[host.Length];
        if (MemoryExtensions.ToLowerInvariant(mapped, lower) != host.Length)
        {
            return false;
        }

        ReadOnlySpan<char> span = lower;
        if (span[^1] == '.')
        {
            span = span[..^1];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        var asciiBuilder = new StringBuilder(span.Length * 2);
        IdnMapping? idn = null;
        foreach (Range range in span.Split('.'))
        {
            ReadOnlySpan<char> label = span[range];
            if (asciiBuilder.Length > 0)
            {
                asciiBuilder.Append('.');
            }

            if (label.IsEmpty)
            {
                return false;
            }

            if (Ascii.IsValid(label))
            {
                if (!AreValidAsciiLabels(label))
                {
                    return false;
                }

                asciiBuilder.Append(label);
                continue;
            }

            if (!IsAcceptableInternationalLabel(label))
            {
                return false;
            }

            string encoded;
            try
            {
                idn ??= new IdnMapping();
                encoded = idn.GetAscii(label.ToString());
            }
            catch (ArgumentException)
            {
                return false;
            }

            // One label in, one label out: the display form must stay aligned with the ASCII form.
            if (encoded.Length > MaxLabelLength || !Ascii.IsValid(encoded) || encoded.AsSpan().ContainsAnyExcept(s_asciiHostChars) || encoded.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }

            asciiBuilder.Append(encoded);
        }

        if (asciiBuilder.Length > MaxHostLength)
        {
            return false;
        }

        ascii = asciiBuilder.ToString();
        display = span.ToString();
        return true;
    }

    // Non-ASCII characters must be something a label can be made of: letters, marks, digits, symbols.
    // ASCII characters inside such a label follow the ASCII rules.
    private static bool IsAcceptableInternationalLabel(ReadOnlySpan<char> label)
    {
        while (!label.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(label, out Rune rune, out int consumed) != OperationStatus.Done)
            {
                return false; // unpaired surrogate
            }

            label = label[consumed..];
            if (rune == Rune.ReplacementChar)
            {
                return false; // the text was decoded wrongly before it reached us
            }

            if (rune.IsAscii)
            {
                if (!s_asciiHostChars.Contains((char)rune.Value) || rune.Value == '.')
                {
                    return false;
                }

                continue;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.SpaceSeparator:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    return false;
                default:
                    break;
            }
        }

        return true;
    }
}
