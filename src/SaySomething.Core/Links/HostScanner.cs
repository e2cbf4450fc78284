using System.Runtime.CompilerServices;
namespace SaySomething.Core.Links;

/// <summary>
/// Reads a host name forward from a position in text. Picks the longest run of valid labels that ends in a known
/// top-level domain; a TLD may also end where a different script begins (<c>example.comだよね</c>). With a scheme,
/// an unknown TLD or a single label (<c>http://localhost</c>) is accepted too, since the writer clearly meant a link.
/// Without one, the whole run of labels must end in a known TLD (<c>foo.bar.baz</c> is not <c>foo.bar</c>).
/// </summary>
internal static class HostScanner
{
    public const int MaxLabelLength = 63;
    public const int MaxHostLength = 253;

    /// <summary>More labels than any real host uses; a longer run is not a host.</summary>
    public const int MaxLabels = 32;

    /// <summary>The host found, as offsets into the text.</summary>
    public readonly record struct HostMatch(int End, int LabelCount, int TldStart, bool KnownTld, bool IsIPv4);

    // The label offset buffers are written before they are read; zeroing them costs more than a short host scan.
    [SkipLocalsInit]
    public static bool TryScan(ReadOnlySpan<char> text, int start, HostContext context, TopLevelDomains tlds, out HostMatch match)
    {
        match = default;
        Span<int> labelStarts = stackalloc int[MaxLabels];
        Span<int> labelEnds = stackalloc int[MaxLabels];
        var labels = ReadLabels(text, start, labelStarts, labelEnds, out var clean, out var allAscii);
        if (labels == 0)
        {
            return false;
        }

        // "example.comだよね.comtest": the first TLD that runs straight into another script ends the host.
        if (!allAscii)
        {
            for (var k = 1; k < labels; k++)
            {
                if (!RegistrableLabelHasUnderscore(text, labelStarts, labelEnds, k)
                    && TryTldPrefixBeforeOtherScript(text, labelStarts[k], labelEnds[k], tlds, out var cut))
                {
                    match = new HostMatch(cut, k + 1, labelStarts[k], true, false);
                    return true;
                }
            }
        }

        var last = labels - 1;
        var end = labelEnds[last];
        var tld = text[labelStarts[last]..end];
        var underscore = labels >= 2 && RegistrableLabelHasUnderscore(text, labelStarts, labelEnds, last);
        if (labels >= 2 && !underscore && tlds.Contains(tld))
        {
            match = new HostMatch(end, labels, labelStarts[last], true, false);
            return true;
        }

        if (IsIPv4(text[start..end]))
        {
            match = new HostMatch(end, labels, labelStarts[last], false, true);
            return clean;
        }

        var accepted = context switch
        {
            // With a scheme the writer meant a link: intranet names and unlisted TLDs made of letters count.
            HostContext.AfterScheme => clean && allAscii && !underscore && (labels == 1 || (tld.Length >= 2 && IsLettersOnly(tld))),

            // An e-mail domain needs a dot; "mailto:" alone is enough to vouch for a single label.
            HostContext.Email => !underscore && labels >= 2,
            HostContext.AfterMailto => !underscore,
            _ => false,
        };
        match = new HostMatch(end, labels, labelStarts[last], false, false);
        return accepted;
    }

    private static bool RegistrableLabelHasUnderscore(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int tldIndex) =>
        tldIndex >= 1 && text[starts[tldIndex - 1]..ends[tldIndex - 1]].Contains('_');

    /// <summary>
    /// Splits the host-like run at <paramref name="start"/> into valid labels. <paramref name="clean"/> is false
    /// when the run goes on past them (an invalid label, too many labels, or an over-long host).
    /// </summary>
    private static int ReadLabels(ReadOnlySpan<char> text, int start, Span<int> starts, Span<int> ends, out bool clean, out bool allAscii)
    {
        var limit = Math.Min(text.Length, start + MaxHostLength + 1);
        var labels = 0;
        var i = start;
        clean = true;
        allAscii = true;
        while (true)
        {
            var labelStart = i;
            while (i < limit && CharClass.IsLabelChar(text[i]))
            {
                allAscii &= text[i] < 0x80;
                i++;
            }

            if (labels == starts.Length || !IsValidLabel(text[labelStart..i]) || i - start > MaxHostLength)
            {
                clean = false;
                return labels;
            }

            starts[labels] = labelStart;
            ends[labels] = i;
            labels++;

            // Continue only across a single dot that is followed by another label.
            if (i + 1 < limit && text[i] == '.' && CharClass.IsLabelChar(text[i + 1]))
            {
                i++;
                continue;
            }

            return labels;
        }
    }

    /// <summary>A label: 1-63 characters, no leading or trailing hyphen or underscore.</summary>
    public static bool IsValidLabel(ReadOnlySpan<char> label) =>
        label.Length is > 0 and <= MaxLabelLength
        && label[0] is not ('-' or '_') && label[^1] is not ('-' or '_')
        && (!label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) || System.Text.Ascii.IsValid(label));

    private static bool IsLettersOnly(ReadOnlySpan<char> label)
    {
        foreach (var c in label)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds a known TLD at the start of a label that is followed, with no separator, by letters of another script
    /// (<c>comだよね</c>, <c>みんなです</c>). An ASCII letter or digit after the TLD never ends it (<c>comtest</c>).
    /// </summary>
    private static bool TryTldPrefixBeforeOtherScript(ReadOnlySpan<char> text, int labelStart, int labelEnd, TopLevelDomains tlds, out int cut)
    {
        for (var p = labelStart + 1; p < labelEnd; p++)
        {
            var c = text[p];
            if (c < 0x80 && text[p - 1] < 0x80)
            {
                continue;
            }

            if (!CharClass.IsScriptChange(text[p - 1], c))
            {
                continue;
            }

            if (!tlds.Contains(text[labelStart..p]))
            {
                continue;
            }

            cut = p;
            return true;
        }

        cut = 0;
        return false;
    }

    /// <summary>Four dot-separated decimal numbers, each at most 255 and without a leading zero.</summary>
    public static bool IsIPv4(ReadOnlySpan<char> host)
    {
        var parts = 0;
        while (true)
        {
            var n = 0;
            var digits = 0;
            while (digits < host.Length && char.IsAsciiDigit(host[digits]))
            {
                n = (n * 10) + (host[digits] - '0');
                digits++;
                if (digits > 3)
                {
                    return false;
                }
            }

            if (digits == 0 || n > 255 || (digits > 1 && host[0] == '0'))
            {
                return false;
            }

            parts++;
            host = host[digits..];
            if (host.IsEmpty)
            {
                return parts == 4;
            }

            if (host[0] != '.' || parts == 4)
            {
                return false;
            }

            host = host[1..];
        }
    }
}
