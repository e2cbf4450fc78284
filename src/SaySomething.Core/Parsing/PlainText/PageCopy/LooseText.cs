namespace SaySomething.Core.Parsing.PlainText.PageCopy;

/// <summary>
/// Compares copied interface text with the phrase a platform shows, tolerating what copies change: letter case,
/// runs of white space (U+00A0 included) and a missing final full stop.
/// </summary>
internal static class LooseText
{
    /// <summary>Returns whether <paramref name="text"/> is <paramref name="phrase"/>, loosely.</summary>
    public static bool Equals(ReadOnlySpan<char> text, string phrase)
    {
        var consumed = MatchPrefix(text, phrase);
        return consumed >= 0 && text[consumed..].IsWhiteSpace();
    }

    /// <summary>
    /// Returns how many characters of <paramref name="text"/> the phrase covers when <paramref name="text"/> starts
    /// with it (loosely), or -1.
    /// </summary>
    public static int MatchPrefix(ReadOnlySpan<char> text, string phrase)
    {
        var t = 0;
        while (t < text.Length && char.IsWhiteSpace(text[t]))
        {
            t++;
        }

        var p = 0;
        while (p < phrase.Length)
        {
            var pc = phrase[p];
            if (pc == ' ')
            {
                if (t >= text.Length || !char.IsWhiteSpace(text[t]))
                {
                    return -1;
                }

                while (t < text.Length && char.IsWhiteSpace(text[t]))
                {
                    t++;
                }

                p++;
                continue;
            }

            if (t >= text.Length)
            {
                // Only a final full stop may be missing.
                return p == phrase.Length - 1 && pc == '.' ? t : -1;
            }

            if (char.ToUpperInvariant(text[t]) != char.ToUpperInvariant(pc))
            {
                return p == phrase.Length - 1 && pc == '.' ? t : -1;
            }

            t++;
            p++;
        }

        return t;
    }

    /// <summary>Returns whether the trimmed <paramref name="text"/> ends with sentence punctuation.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text) =>
        !text.IsEmpty && text[^1] is '.' or '!' or '?' or ':' or ';' or '…';

    /// <summary>Counts the words (runs of non-space characters) of <paramref name="text"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }

            inWord = !space;
        }

        return words;
    }
}
