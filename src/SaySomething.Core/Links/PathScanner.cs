using System.Buffers;

namespace SaySomething.Core.Links;

/// <summary>
/// Reads the path, query and fragment of a URL the way a reader delimits it: brackets count only when balanced,
/// trailing punctuation belongs to the sentence, and a change of script ends the URL (<c>…/123дивіться</c>).
/// </summary>
internal static class PathScanner
{
    // Sentence punctuation: never the last character of a URL.
    private static readonly SearchValues<char> Trailing = SearchValues.Create(".,:;!?'*~");

    // Characters that never need a decision: the scan skips runs of them with a vectorised search.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        "!#$%&'*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz|~");

    /// <summary>Returns the end of the URL whose path starts at <paramref name="start"/> (a '/', '?' or '#').</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Where the path, query or fragment begins.</param>
    /// <param name="limit">Where reading stops even if the URL goes on.</param>
    /// <param name="reachedLimit">Whether the URL went on up to <paramref name="limit"/> and maybe beyond.</param>
    public static int Scan(ReadOnlySpan<char> text, int start, int limit, out bool reachedLimit)
    {
        var parens = 0; // Opened minus closed: a ')' never stops the scan; unmatched ones are trimmed at the end (GFM).
        var squares = 0;
        var curlies = 0;
        var i = start;
        for (; i < limit; i++)
        {
            var skip = text[i..limit].IndexOfAnyExcept(Plain);
            if (skip < 0)
            {
                i = limit;
                break;
            }

            i += skip;
            var c = text[i];
            // A word glued after an unmatched ')' ("(https://t.me/x/1)смотрите") belongs to the sentence.
            if (c < 0x80)
            {
                if (!ContinuesAscii(text, i, ref parens, ref squares, ref curlies))
                {
                    break;
                }
            }
            else if ((parens < 0 && text[i - 1] == ')') || !ContinuesNonAscii(text, i, limit))
            {
                break;
            }
        }

        reachedLimit = i == limit && limit < text.Length;
        return TrimTrailing(text, start, i, parens);
    }

    private static bool ContinuesAscii(ReadOnlySpan<char> text, int i, ref int parens, ref int squares, ref int curlies)
    {
        switch (text[i])
        {
            case <= ' ' or '\u007F' or '<' or '>' or '"' or '`' or '\\' or '^':
                return false;
            case '(':
                parens++;
                return true;
            case ')':
                parens--;
                return true;
            case '[':
                // "[/URL]" after a URL in BB code is a closing tag, never part of the address.
                if (i + 1 < text.Length && text[i + 1] == '/')
                {
                    return false;
                }

                squares++;
                return true;
            case ']':
                return squares-- > 0;
            case '{':
                curlies++;
                return true;
            case '}':
                return curlies-- > 0;
            default:
                return true;
        }
    }

    private static bool ContinuesNonAscii(ReadOnlySpan<char> text, int i, int limit)
    {
        var c = text[i];
        if (CharClass.IsNonAsciiWordChar(c))
        {
            return !CharClass.IsScriptChange(text[i - 1], c);
        }

        // Joiners shape the letter before them (Malayalam, Persian): part of the word, not a separator.
        if (c is '\u200C' or '\u200D')
        {
            return CharClass.IsNonAsciiWordChar(text[i - 1]);
        }

        // A dash between words inside a path ("Hatfield–McCoy_feud") is part of it; elsewhere it is prose.
        return c is '\u2013' or '\u2014' && i + 1 < limit
            && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
    }

    /// <summary>Whether <paramref name="text"/> is only punctuation that a URL never ends with.</summary>
    public static bool IsTrailingPunctuation(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(Trailing);

    /// <summary>Drops sentence punctuation and a trailing HTML entity such as <c>&amp;hl;</c> from the end.</summary>
    private static int TrimTrailing(ReadOnlySpan<char> text, int start, int end, int parens)
    {
        while (end > start)
        {
            var last = text[end - 1];
            if (last == ')' && parens < 0)
            {
                parens++;
                end--;
                continue;
            }

            // A closing apostrophe stays when the path opened one ("…/blah_'quoted'").
            if (last == '\'' && text[start..(end - 1)].Count('\'') % 2 == 1)
            {
                break;
            }

            if (Trailing.Contains(last))
            {
                if (last == ';' && TryEntityStart(text, start, end, out var entityStart))
                {
                    end = entityStart;
                    continue;
                }

                end--;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>GFM: a URL ending in <c>&amp;name;</c> ends before the entity.</summary>
    private static bool TryEntityStart(ReadOnlySpan<char> text, int start, int end, out int entityStart)
    {
        var i = end - 2;
        while (i > start && char.IsAsciiLetterOrDigit(text[i]))
        {
            i--;
        }

        entityStart = i;
        return i > start && i < end - 2 && text[i] == '&';
    }
}
