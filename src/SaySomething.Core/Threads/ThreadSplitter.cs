using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.PlainText.PageCopy;

namespace SaySomething.Core.Threads;

/// <summary>
/// Splits a scraped thread page into its posts: text copied from a rendered page (<see cref="SplitText"/>) or the
/// page's HTML (<see cref="SplitHtml"/>). Never throws on content; time is linear in the page.
/// </summary>
public static class ThreadSplitter
{
    private const char NoBreakSpace = '\u00A0';
    private const int HeaderWindow = 6;
    private const int MaxHeaderLineLength = 60;

    // What a copy holds after the last post: the "Similar threads" block and navigation.
    private static readonly string[] s_trailingChrome =
        ["Similar threads", "Back", "Top", "Share:", "Share", "Reply", "You must log in or register to reply here."];

    /// <summary>
    /// Splits text copied from a rendered thread page. Posts are separated by lines holding only no-break spaces
    /// (U+00A0, possibly with other white space), which is what a browser copies between XenForo's message blocks.
    /// Blank lines at either end of a post are not part of it. The first paragraph of the page is a notice when it
    /// starts with '•' (XenForo's notice list). Page chrome after the last post (<c>Similar threads</c>,
    /// <c>Back</c>...) is dropped. When a post begins with an author line, optional user-title lines, a date line and
    /// a <c>#12</c> post-number line (within its first six lines), they give <see cref="ThreadPost.Author"/> and
    /// <see cref="ThreadPost.Date"/> and are not part of the post's text.
    /// </summary>
    public static IReadOnlyList<ThreadPost> SplitText(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = TextLine.Split(page, 0, page.Length);
        var posts = new List<ThreadPost>();
        var segmentStart = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && !IsSeparator(page, lines[i]))
            {
                continue;
            }

            var last = i == lines.Count;
            AddSegment(page, lines, segmentStart, i - 1, posts, first: segmentStart == 0, last);
            segmentStart = i + 1;
        }

        return posts;
    }

    /// <summary>
    /// Splits the HTML of a XenForo thread page: notices (<c>.notice-content</c>) first, then every
    /// <c>article.message</c> with its <c>data-author</c>, the <c>datetime</c> of <c>.message-attribution time</c> and
    /// the inner HTML of <c>.message-body .bbWrapper</c> as the post's text, with its exact span in the page.
    /// </summary>
    public static IReadOnlyList<ThreadPost> SplitHtml(string page) => HtmlThreadSplitter.Split(page);

    internal static bool IsSeparator(string page, TextLine line)
    {
        var hasNoBreak = false;
        foreach (var c in page.AsSpan(line.Start, line.End - line.Start))
        {
            if (c == NoBreakSpace)
            {
                hasNoBreak = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return hasNoBreak;
    }

    private static void AddSegment(string page, List<TextLine> lines, int from, int to, List<ThreadPost> posts, bool first, bool last)
    {
        (from, to) = TrimBlank(lines, from, to);
        if (last)
        {
            while (to >= from && IsTrailingChrome(page, lines[to]))
            {
                (from, to) = TrimBlank(lines, from, to - 1);
            }
        }

        if (from > to)
        {
            return;
        }

        if (first && page.AsSpan(lines[from].TrimStart).StartsWith("•", StringComparison.Ordinal))
        {
            var noticeEnd = from;
            while (noticeEnd + 1 <= to && !lines[noticeEnd + 1].IsBlank)
            {
                noticeEnd++;
            }

            posts.Add(Make(page, lines, posts.Count, from, noticeEnd, null, null, isNotice: true));
            (from, to) = TrimBlank(lines, noticeEnd + 1, to);
            if (from > to)
            {
                return;
            }
        }

        var (author, date, bodyFrom) = ReadHeader(page, lines, from, to);
        (bodyFrom, to) = TrimBlank(lines, bodyFrom, to);
        if (bodyFrom > to)
        {
            return;
        }

        posts.Add(Make(page, lines, posts.Count, bodyFrom, to, author, date, isNotice: false));
    }

    private static ThreadPost Make(string page, List<TextLine> lines, int index, int from, int to, string? author, string? date, bool isNotice)
    {
        var span = new SourceSpan(lines[from].Start, lines[to].End);
        return new ThreadPost(index, author, date, span, from + 1, to + 1, page[span.Start..span.End], isNotice);
    }

    // Finds "author / [user title] / date / #N" at the start of a post; returns where the body starts.
    private static (string? Author, string? Date, int BodyFrom) ReadHeader(string page, List<TextLine> lines, int from, int to)
    {
        var seen = 0;
        var previous = -1;
        for (var i = from; i <= to && seen < HeaderWindow; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            if (IsPostNumber(lines[i].Trimmed(page)))
            {
                if (previous < 0 || previous == from || lines[previous].TrimEnd - lines[previous].TrimStart > MaxHeaderLineLength
                    || lines[from].TrimEnd - lines[from].TrimStart > MaxHeaderLineLength)
                {
                    return (null, null, from);
                }

                var author = lines[from].Trimmed(page).ToString();
                var date = lines[previous].Trimmed(page).ToString();
                return (author, date, i + 1);
            }

            previous = i;
        }

        return (null, null, from);
    }

    // "#12" or "#1,204": XenForo's post number in the message attribution.
    private static bool IsPostNumber(ReadOnlySpan<char> text)
    {
        if (text.Length is < 2 or > 10 || text[0] != '#' || !char.IsAsciiDigit(text[1]))
        {
            return false;
        }

        foreach (var c in text[1..])
        {
            if (!char.IsAsciiDigit(c) && c != ',')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTrailingChrome(string page, TextLine line)
    {
        var text = line.Trimmed(page);
        foreach (var chrome in s_trailingChrome)
        {
            if (text.SequenceEqual(chrome))
            {
                return true;
            }
        }

        return false;
    }

    private static (int From, int To) TrimBlank(List<TextLine> lines, int from, int to)
    {
        while (from <= to && lines[from].IsBlank)
        {
            from++;
        }

        while (to >= from && lines[to].IsBlank)
        {
            to--;
        }

        return (from, to);
    }
}
