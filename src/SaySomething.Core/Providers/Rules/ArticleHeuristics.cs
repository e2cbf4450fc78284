using SaySomething.Core.Providers.Urls;

namespace SaySomething.Core.Providers.Rules;

/// <summary>
/// Guesses that a page on a host no provider lists is an article, from its path alone: a date
/// (<c>/2024/05/12/</c> or <c>/2024/05/</c>), a section segment such as <c>/news/</c>, <c>/article/</c>,
/// <c>/story/</c>, <c>/opinion/</c> followed by more path, a <c>.html</c>/<c>.htm</c>/<c>.shtml</c> page
/// whose name has words joined by '-' or '_', or a slug of at least four hyphen-separated words. Forum threads
/// (<c>/threads/…</c>, <c>/t/…</c>, <c>/forums/…</c>, <c>viewtopic.php</c>, <c>showthread.php</c>) have slugs too but
/// are discussions, not articles: a link to another thread is never a drive-by of outside content.
/// </summary>
internal static class ArticleHeuristics
{
    private const int MinSlugWords = 4;

    public static bool LooksLikeArticle(ReadOnlySpan<char> path)
    {
        if (IsForumThread(path))
        {
            return false;
        }

        var segments = new PathSegments(path);
        bool previousWasYear = false;
        while (segments.MoveNext())
        {
            ReadOnlySpan<char> segment = segments.Current;
            if (previousWasYear && IsMonth(segment))
            {
                return true;
            }

            previousWasYear = IsYear(segment);
            if (IsSection(segment) && !segments.IsAtEnd)
            {
                return true;
            }

            if (IsSlug(segment) || IsWordyPage(segment))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsForumThread(ReadOnlySpan<char> path)
    {
        var segments = new PathSegments(path);
        while (segments.MoveNext())
        {
            ReadOnlySpan<char> segment = segments.Current;
            if ((segment.Equals("threads", StringComparison.OrdinalIgnoreCase) || segment.Equals("t", StringComparison.Ordinal)
                    || segment.Equals("forums", StringComparison.OrdinalIgnoreCase) || segment.Equals("topic", StringComparison.OrdinalIgnoreCase))
                && !segments.IsAtEnd)
            {
                return true;
            }

            if (segment.Equals("viewtopic.php", StringComparison.OrdinalIgnoreCase) || segment.Equals("showthread.php", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYear(ReadOnlySpan<char> s) =>
        s.Length == 4 && (s[0] is '1' or '2') && AsciiDigits.AreAll(s);

    private static bool IsMonth(ReadOnlySpan<char> s)
    {
        if (s.Length is not (1 or 2) || !AsciiDigits.AreAll(s))
        {
            return false;
        }

        int month = s.Length == 1 ? s[0] - '0' : ((s[0] - '0') * 10) + (s[1] - '0');
        return month is >= 1 and <= 12;
    }

    private static bool IsSection(ReadOnlySpan<char> s) =>
        s.Equals("news", StringComparison.OrdinalIgnoreCase)
        || s.Equals("article", StringComparison.OrdinalIgnoreCase)
        || s.Equals("articles", StringComparison.OrdinalIgnoreCase)
        || s.Equals("story", StringComparison.OrdinalIgnoreCase)
        || s.Equals("stories", StringComparison.OrdinalIgnoreCase)
        || s.Equals("opinion", StringComparison.OrdinalIgnoreCase)
        || s.Equals("politics", StringComparison.OrdinalIgnoreCase)
        || s.Equals("analysis", StringComparison.OrdinalIgnoreCase);

    private static bool IsSlug(ReadOnlySpan<char> s)
    {
        int words = 1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '-')
            {
                if (i == 0 || s[i - 1] == '-')
                {
                    return false;
                }

                words++;
            }
            else if (!char.IsAsciiLetterOrDigit(c) && c != '.')
            {
                return false;
            }
        }

        return words >= MinSlugWords;
    }

    private static bool IsWordyPage(ReadOnlySpan<char> s)
    {
        int dot = s.LastIndexOf('.');
        if (dot <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> extension = s[(dot + 1)..];
        bool isPage = extension.Equals("html", StringComparison.OrdinalIgnoreCase)
            || extension.Equals("htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals("shtml", StringComparison.OrdinalIgnoreCase);
        return isPage && s[..dot].ContainsAny('-', '_');
    }
}
