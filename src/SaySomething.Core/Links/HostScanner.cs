namespace SaySomething.Core.Links;

/// <summary>
/// Reads a host name forward from a position in text. Picks the longest run of valid labels that ends in a known
/// top-level domain; a TLD may also end where a different script begins (<c>example.comだよね</c>). With a scheme,
/// an unknown TLD or a single label (<c>http://localhost</c>) is accepted too, since the writer clearly meant a link.
/// </summary>
internal static class HostScanner
{
    public const int MaxLabelLength = 63;
    public const int MaxHostLength = 253;

    /// <summary>The host found, as offsets into the text.</summary>
    public readonly record struct HostMatch(int End, int LabelCount, int TldStart, bool KnownTld, bool IsIPv4);

    public static bool TryScan(ReadOnlySpan<char> text, int start, bool hasScheme, TopLevelDomains tlds, out HostMatch match)
    {
        match = default;
        var limit = Math.Min(text.Length, start + MaxHostLength + 1);
        var labelStart = start;
        var labels = 0;
        var validEnd = start;
        var clean = true;
        var allAscii = true;
        var lastLabelLettersOnly = false;
        var previousHadUnderscore = false;
        var i = start;
        while (true)
        {
            var hasUnderscore = false;
            while (i < limit && CharClass.IsLabelChar(text[i]))
            {
                allAscii &= text[i] < 0x80;
                hasUnderscore |= text[i] == '_';
                i++;
            }

            var label = text[labelStart..i];
            if (!IsValidLabel(label))
            {
                clean = false;
                break;
            }

            labels++;
            validEnd = i;
            lastLabelLettersOnly = IsLettersOnly(label);

            // The registrable label (just before the TLD) may not hold an underscore; subdomains may.
            if (labels >= 2 && !previousHadUnderscore)
            {
                if (tlds.Contains(label))
                {
                    match = new HostMatch(i, labels, labelStart, true, false);
                }
                else if (TryTldPrefixBeforeOtherScript(text, labelStart, i, tlds, out var cut))
                {
                    // "example.comだよね": the host ends inside this label, so nothing longer is possible.
                    match = new HostMatch(cut, labels, labelStart, true, false);
                    return true;
                }
            }

            previousHadUnderscore = hasUnderscore;

            // Continue only across a single dot that is followed by another label.
            if (i + 1 < limit && text[i] == '.' && CharClass.IsLabelChar(text[i + 1]))
            {
                i++;
                labelStart = i;
                continue;
            }

            break;
        }

        if (match.KnownTld)
        {
            return true;
        }

        if (labels == 0)
        {
            return false;
        }

        if (IsIPv4(text[start..validEnd]))
        {
            match = new HostMatch(validEnd, labels, labelStart, false, true);
            return true;
        }

        // With a scheme the writer meant a link: accept intranet names and unlisted TLDs made of letters.
        if (hasScheme && clean && allAscii && (labels == 1 || (lastLabelLettersOnly && validEnd - labelStart >= 2)))
        {
            match = new HostMatch(validEnd, labels, labelStart, false, false);
            return true;
        }

        return false;
    }

    /// <summary>A label: 1-63 characters, no leading or trailing hyphen or underscore.</summary>
    public static bool IsValidLabel(ReadOnlySpan<char> label) =>
        label.Length is > 0 and <= MaxLabelLength
        && label[0] is not ('-' or '_') && label[^1] is not ('-' or '_');

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
            if (c < 0x80)
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
