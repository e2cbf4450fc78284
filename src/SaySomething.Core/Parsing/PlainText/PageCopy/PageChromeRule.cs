namespace SaySomething.Core.Parsing.PlainText.PageCopy;

/// <summary>
/// Page furniture copied with a post: buttons and headings such as <c>Listen</c>, <c>Share &amp;</c>,
/// <c>Download</c>, <c>Print</c>, <c>Save</c>, <c>Similar threads</c>, <c>Back</c>, <c>Reply</c>, <c>Report</c>,
/// <c>Like</c>, each alone on its line (exact words, case included; surrounding white space ignored).
/// </summary>
/// <remarks>
/// Conservative: a single word alone on a line could be the poster's ("Save" as an answer), so a one-word item
/// counts only when another chrome line is next to it (at most one blank line between) or it is the last line of
/// the text. Phrases that are never a reply on their own (<c>Similar threads</c>, <c>Share &amp;</c>,
/// <c>Add bookmark</c>) always count. A line with anything else on it is never chrome.
/// </remarks>
internal static class PageChromeRule
{
    private static readonly string[] s_words = ["Listen", "Share", "Download", "Print", "Save", "Back", "Reply", "Report", "Like", "Quote", "Bookmark"];
    private static readonly string[] s_phrases = ["Similar threads", "Share &", "Add bookmark", "Share this page"];

    /// <summary>Returns whether the line is chrome in its context.</summary>
    public static bool IsChrome(string source, List<TextLine> lines, int index)
    {
        var kind = Kind(source, lines[index]);
        if (kind == 0)
        {
            return false;
        }

        if (kind == 2)
        {
            return true;
        }

        var before = PreviousNonBlank(lines, index - 1, 1);
        if (before >= 0 && Kind(source, lines[before]) != 0)
        {
            return true;
        }

        var after = ConsentPlaceholderRule.NextNonBlank(lines, index + 1, 1);
        if (after >= 0 && Kind(source, lines[after]) != 0)
        {
            return true;
        }

        // The last non-blank line of the text.
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>0: not a chrome line; 1: a chrome word (needs context); 2: a chrome phrase.</summary>
    private static int Kind(string source, TextLine line)
    {
        var text = line.Trimmed(source);
        if (text.Length is < 4 or > 15 || !char.IsUpper(text[0]))
        {
            return 0;
        }

        foreach (var phrase in s_phrases)
        {
            if (text.SequenceEqual(phrase))
            {
                return 2;
            }
        }

        foreach (var word in s_words)
        {
            if (text.SequenceEqual(word))
            {
                return 1;
            }
        }

        return 0;
    }

    private static int PreviousNonBlank(List<TextLine> lines, int from, int maxBlank)
    {
        for (var i = from; i >= 0 && i >= from - maxBlank; i--)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }
}
