namespace SaySomething.Core.Parsing.PlainText.PageCopy;

/// <summary>
/// A XenForo quote copied from a rendered page: the title line <c>name said:</c>, the quoted text, and the
/// <c>Click to expand...</c> link XenForo shows under a quote it truncated.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A header line is <c>&lt;name&gt; said:</c> with a name of 1 to 50 characters and at most four words.</item>
/// <item>With a <c>Click to expand...</c> line after it (before the next header), the quote runs from the header to
/// that line.</item>
/// <item>Without one (short quotes show no link, and a browser copies only what is visible), the quote is the
/// header and the paragraph under it (up to a blank line, after at most one blank line).</item>
/// <item>A <c>Click to expand...</c> line without a header ends an unattributed quote (a manual <c>[QUOTE]</c>) that
/// began at the start of the post or right after the previous quote.</item>
/// <item>Quotes in copied text are not nested: a header inside a quote is the quote's text.</item>
/// </list>
/// </remarks>
internal static class CopiedQuoteRule
{
    public const string ClickToExpand = "Click to expand...";
    private const string Said = " said:";
    private const int MaxNameLength = 50;
    private const int MaxNameWords = 4;

    /// <summary>Returns whether the line is a quote header, and the name it gives.</summary>
    public static bool IsHeader(string source, TextLine line, out SourceRange name)
    {
        name = default;
        var text = line.Trimmed(source);
        if (text.Length <= Said.Length || text.Length > MaxNameLength + Said.Length || !text.EndsWith(Said, StringComparison.Ordinal))
        {
            return false;
        }

        var who = text[..^Said.Length].TrimEnd();
        if (who.IsEmpty || LooseText.CountWords(who) > MaxNameWords || LooseText.EndsSentence(who))
        {
            return false;
        }

        name = new SourceRange(line.TrimStart, line.TrimStart + who.Length);
        return true;
    }

    /// <summary>Returns whether the line is XenForo's <c>Click to expand...</c> (also with a typographic ellipsis).</summary>
    public static bool IsClickToExpand(string source, TextLine line)
    {
        var text = line.Trimmed(source);
        if (text.Length is < 16 or > 20 || (text[0] | 0x20) != 'c')
        {
            return false;
        }

        return LooseText.Equals(text, ClickToExpand) || LooseText.Equals(text, "Click to expand…");
    }

    /// <summary>
    /// Returns the last line of the paragraph under a header at <paramref name="header"/>: the quote when no
    /// <c>Click to expand...</c> closes it. Returns <paramref name="header"/> when nothing follows.
    /// </summary>
    public static int ParagraphEnd(string source, List<TextLine> lines, int header)
    {
        var first = ConsentPlaceholderRule.NextNonBlank(lines, header + 1, 1);
        if (first < 0 || IsHeader(source, lines[first], out _) || IsClickToExpand(source, lines[first]))
        {
            return header;
        }

        var last = first;
        while (last + 1 < lines.Count && !lines[last + 1].IsBlank && !IsHeader(source, lines[last + 1], out _) && !IsClickToExpand(source, lines[last + 1]))
        {
            last++;
        }

        return last;
    }
}

/// <summary>A range of the source: <c>[Start, End)</c>.</summary>
internal readonly record struct SourceRange(int Start, int End);
