using SaySomething.Core.Links;

namespace SaySomething.Core.Parsing.PlainText.PageCopy;

/// <summary>
/// XenForo 2.3's third-party cookie consent placeholder, which a page shows instead of an embed (a video, a post of
/// a social network) to visitors who have not consented. A copy of the page holds its text:
/// <code>
/// To view this content we will need your consent to set third party cookies.
/// For more detailed information, see our cookies page.
/// Accept third party cookies
/// </code>
/// The first sentence is required; the second and the button line are optional (copies often lose them), may be on
/// the first sentence's line, and at most one blank line may separate the lines. Case, white space and final full
/// stops are tolerated. When the line right above the first sentence (no blank line between) holds only a web
/// address, the embed is that address.
/// </summary>
internal static class ConsentPlaceholderRule
{
    public const string FirstSentence = "To view this content we will need your consent to set third party cookies.";
    public const string SecondSentence = "For more detailed information, see our cookies page.";
    public const string ButtonText = "Accept third party cookies";

    /// <summary>A placeholder found in the lines: where it is and the address line above it, if any.</summary>
    public readonly record struct Match(int UrlLine, int FirstLine, int LastLine);

    /// <summary>
    /// Tries to read a placeholder starting at line <paramref name="index"/>, either with its first sentence or with
    /// an address line directly above the first sentence.
    /// </summary>
    public static bool TryMatch(string source, List<TextLine> lines, int index, out Match match)
    {
        match = default;
        if (StartsPlaceholder(source, lines[index]))
        {
            match = new Match(-1, index, LastLine(source, lines, index));
            return true;
        }

        if (index + 1 < lines.Count && StartsPlaceholder(source, lines[index + 1]) && IsAddressOnly(source, lines[index]))
        {
            match = new Match(index, index + 1, LastLine(source, lines, index + 1));
            return true;
        }

        return false;
    }

    /// <summary>Returns whether the line begins with the placeholder's first sentence (quick check first).</summary>
    public static bool StartsPlaceholder(string source, TextLine line)
    {
        var text = line.Trimmed(source);
        if (text.Length < 40 || (text[0] | 0x20) != 't')
        {
            return false;
        }

        var consumed = LooseText.MatchPrefix(text, FirstSentence);
        return consumed > 0 && Stage(text[consumed..], 1) > 0;
    }

    private static int LastLine(string source, List<TextLine> lines, int first)
    {
        // Stage 1: only the first sentence seen so far; 2: the second sentence too; 3: the button as well.
        var text = lines[first].Trimmed(source);
        var stage = Stage(text[LooseText.MatchPrefix(text, FirstSentence)..], 1);
        var last = first;
        if (stage == 1 && NextNonBlank(lines, last + 1, 1) is var second and >= 0)
        {
            var secondText = lines[second].Trimmed(source);
            var consumed = LooseText.MatchPrefix(secondText, SecondSentence);
            if (consumed >= 0 && Stage(secondText[consumed..], 2) is var next and > 1)
            {
                last = second;
                stage = next;
            }
        }

        if (stage == 2 && NextNonBlank(lines, last + 1, 1) is var button and >= 0 && LooseText.Equals(lines[button].Trimmed(source), ButtonText))
        {
            last = button;
        }

        return last;
    }

    // What the rest of a line after a sentence holds: nothing (stay at `stage`), the next part(s), or junk (0).
    private static int Stage(ReadOnlySpan<char> rest, int stage)
    {
        if (rest.IsWhiteSpace())
        {
            return stage;
        }

        if (stage == 1)
        {
            var second = LooseText.MatchPrefix(rest, SecondSentence);
            return second < 0 ? 0 : Stage(rest[second..], 2);
        }

        return stage == 2 && LooseText.Equals(rest, ButtonText) ? 3 : 0;
    }

    /// <summary>Returns the first non-blank line at or after <paramref name="from"/> with at most <paramref name="maxBlank"/> blank lines skipped, or -1.</summary>
    public static int NextNonBlank(List<TextLine> lines, int from, int maxBlank)
    {
        for (var i = from; i < lines.Count && i <= from + maxBlank; i++)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns whether the trimmed line is one web address and nothing else.</summary>
    public static bool IsAddressOnly(string source, TextLine line)
    {
        if (line.IsBlank || line.Trimmed(source).ContainsAny(' ', '\t'))
        {
            return false;
        }

        var found = new List<FoundLink>(1);
        LinkExtractor.Default.Extract(line.Trimmed(source), found);
        return found is [{ Kind: FoundLinkKind.Url } link] && link.Start == 0 && link.End == line.TrimEnd - line.TrimStart;
    }
}
