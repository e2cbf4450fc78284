namespace SaySomething.Core.Links;

/// <summary>Recognises e-mail addresses around an '@', with an optional <c>mailto:</c> before them.</summary>
internal static class EmailReader
{
    private const int MaxLocalPartLength = 64;

    public static bool TryRead(ReadOnlySpan<char> text, int at, int floor, TopLevelDomains tlds, out FoundLink link)
    {
        link = default;
        var localStart = at;
        while (localStart > floor && at - localStart < MaxLocalPartLength && IsLocalChar(text[localStart - 1]))
        {
            localStart--;
        }

        // A local part longer than the limit is refused whole rather than cut to its tail.
        if (localStart > floor && at - localStart == MaxLocalPartLength && IsLocalChar(text[localStart - 1]))
        {
            return false;
        }

        var local = text[localStart..at];
        if (local.IsEmpty || !(char.IsAsciiLetterOrDigit(local[0]) || local[0] == '_') || local[^1] == '.'
            || local.IndexOf("..", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        // "name@example.com" glued to a word in another script still starts at the name.
        if (localStart > floor && (text[localStart - 1] is '@' or '\\'
            || (CharClass.IsNonAsciiWordChar(text[localStart - 1]) && !CharClass.IsScriptChange(text[localStart - 1], text[localStart]))))
        {
            return false;
        }

        var start = localStart;
        if (start - 7 >= floor && text.Slice(start - 7, 7).Equals("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            start -= 7;
        }

        var context = start < localStart ? HostContext.AfterMailto : HostContext.Email;
        if (!HostScanner.TryScan(text, at + 1, context, tlds, out var host))
        {
            return false;
        }

        link = new FoundLink(start, host.End, at + 1, host.End, FoundLinkKind.Email, HasScheme: start < localStart);
        return true;
    }

    /// <summary>Whether the characters from <paramref name="position"/> on finish an e-mail local part.</summary>
    public static bool IsFollowedByAt(ReadOnlySpan<char> text, int position)
    {
        var limit = Math.Min(text.Length, position + MaxLocalPartLength);
        for (var i = position; i < limit; i++)
        {
            if (text[i] == '@')
            {
                return true;
            }

            if (!IsLocalChar(text[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
