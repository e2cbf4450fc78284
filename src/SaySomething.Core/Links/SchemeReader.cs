namespace SaySomething.Core.Links;

/// <summary>Recognises <c>http://</c>, <c>https://</c> and <c>ftp://</c> (any case) ending at a colon.</summary>
internal static class SchemeReader
{
    /// <summary>Finds the scheme that ends at <paramref name="colon"/>, followed by <c>//</c>.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, int colon, int floor, out int start)
    {
        start = colon;
        if (colon + 2 >= text.Length || text[colon + 1] != '/' || text[colon + 2] != '/')
        {
            return false;
        }

        var letters = 0;
        while (letters < 5 && colon - letters - 1 >= floor && char.IsAsciiLetter(text[colon - letters - 1]))
        {
            letters++;
        }

        var scheme = text.Slice(colon - letters, letters);
        if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            && !scheme.Equals("ftp", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        start = colon - letters;

        // "xhttp://" is not http; "#http://" and "$http://" are tags and cashtags, "@http://" a mention.
        return start == 0 || start == floor || text[start - 1] is not ('@' or '#' or '$' or '_' or '/' or '.') && !char.IsAsciiLetterOrDigit(text[start - 1]);
    }

    /// <summary>
    /// Whether the authority holds user information (<c>user:pass@host</c>). Such URLs are refused whole;
    /// <paramref name="runEnd"/> is where the non-blank run ends, so nothing inside it is read as e-mail.
    /// </summary>
    public static bool HasUserInfo(ReadOnlySpan<char> text, int hostStart, out int runEnd)
    {
        var i = hostStart;
        var at = false;
        while (i < text.Length && IsAuthorityChar(text[i]))
        {
            at |= text[i] == '@';
            i++;
        }

        if (!at)
        {
            runEnd = i;
            return false;
        }

        while (i < text.Length && text[i] > ' ' && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        runEnd = i;
        return true;
    }

    /// <summary>Characters of user information, host and port (RFC 3986, without brackets and parentheses).</summary>
    private static bool IsAuthorityChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '%' or '!' or '$' or '&' or '\'' or '*' or '+' or ',' or ';' or '=' or ':' or '@'
        || CharClass.IsNonAsciiWordChar(c);
}
