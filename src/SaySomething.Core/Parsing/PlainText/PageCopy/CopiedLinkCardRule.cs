using SaySomething.Core.Domains;

namespace SaySomething.Core.Parsing.PlainText.PageCopy;

/// <summary>
/// A link preview card copied from a rendered page: a line that is only a domain name (<c>foreignaffairs.com</c>,
/// <c>www.kyivpost.com</c>; its suffix must be a rule of the Public Suffix List and it must have a registrable
/// domain), then, after at most two blank lines, the linked page's title, then at most two standfirst lines. The copy
/// lost the address, so the card has none.
/// </summary>
/// <remarks>
/// <para>The title is the next non-blank line when it is at most 300 characters long, does not end with a single
/// full stop (a sentence, which is more likely the poster's) and is no other page-copy element.</para>
/// <para>A standfirst line (the description) is at most 200 characters long, has at least four words, does not end
/// with sentence punctuation, and at least half of its words that start with a letter start with a capital
/// (headline case). Poster sentences ("great read, thanks") fail this test, so they stay the poster's.</para>
/// </remarks>
internal static class CopiedLinkCardRule
{
    private const int MaxBlankLines = 2;
    private const int MaxTitleLength = 300;
    private const int MaxStandfirstLength = 200;
    private const int MaxStandfirstLines = 2;

    /// <summary>A card found in the lines.</summary>
    public readonly record struct Match(int SiteLine, int TitleLine, int FirstDescriptionLine, int LastLine);

    /// <summary>Tries to read a card whose site line is line <paramref name="index"/>.</summary>
    public static bool TryMatch(string source, List<TextLine> lines, int index, Func<int, bool> isOtherElement, out Match match)
    {
        match = default;
        if (!IsDomainLine(source, lines[index]))
        {
            return false;
        }

        var title = ConsentPlaceholderRule.NextNonBlank(lines, index + 1, MaxBlankLines);
        if (title < 0 || !IsTitle(source, lines[title]) || isOtherElement(title) || IsDomainLine(source, lines[title]))
        {
            return false;
        }

        var last = title;
        var firstDescription = -1;
        for (var n = 0; n < MaxStandfirstLines; n++)
        {
            var next = ConsentPlaceholderRule.NextNonBlank(lines, last + 1, MaxBlankLines);
            if (next < 0 || !IsStandfirst(source, lines[next]) || isOtherElement(next))
            {
                break;
            }

            firstDescription = firstDescription < 0 ? next : firstDescription;
            last = next;
        }

        match = new Match(index, title, firstDescription, last);
        return true;
    }

    /// <summary>Returns whether the trimmed line is a domain name of a known suffix and nothing else.</summary>
    public static bool IsDomainLine(string source, TextLine line)
    {
        var text = line.Trimmed(source);
        if (text.Length is < 4 or > 253 || text[0] is '.' or '-' || text[^1] is '.' or '-' || !text.Contains('.'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        return PublicSuffixList.Default.TryMatch(text.ToString(), out var match)
            && match.Section != PublicSuffixSection.None
            && match.RegistrableDomain is not null;
    }

    private static bool IsTitle(string source, TextLine line)
    {
        var text = line.Trimmed(source);
        if (text.Length > MaxTitleLength)
        {
            return false;
        }

        return !(text[^1] == '.' && !text.EndsWith("...", StringComparison.Ordinal));
    }

    private static bool IsStandfirst(string source, TextLine line)
    {
        var text = line.Trimmed(source);
        if (text.Length > MaxStandfirstLength || LooseText.EndsSentence(text) || LooseText.CountWords(text) < 4)
        {
            return false;
        }

        var lettered = 0;
        var capitalised = 0;
        var atWordStart = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && char.IsLetter(c))
            {
                lettered++;
                capitalised += char.IsUpper(c) ? 1 : 0;
            }

            atWordStart = false;
        }

        return lettered > 0 && capitalised * 2 >= lettered;
    }
}
