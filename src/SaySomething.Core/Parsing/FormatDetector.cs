using SaySomething.Core.Documents;

namespace SaySomething.Core.Parsing;

/// <summary>
/// Chooses how to read a post whose format is not given (<c>--format auto</c>). The heuristics are documented in
/// <c>docs/format-detection.md</c>; every example there is a test. One pass over at most
/// <see cref="ScanLength"/> characters, no regular expressions.
/// </summary>
public static class FormatDetector
{
    /// <summary>How much of the text is looked at.</summary>
    public const int ScanLength = 32 * 1024;

    /// <summary>How early an HTML tag must appear to make a post HTML when it does not start with one.</summary>
    public const int HtmlWindow = 2048;

    private static readonly string[] s_htmlElements =
    [
        "p", "div", "br", "a", "blockquote", "span", "img", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "pre", "code", "table", "tr", "td", "th", "aside", "article", "iframe", "figure", "strong", "em", "hr", "details",
    ];

    // Inline tags that also appear as literal text in BB code and Markdown posts: they never decide HTML alone.
    private static readonly string[] s_weakHtmlElements = ["strong", "em", "span", "code", "br", "hr"];

    private static readonly string[] s_bbPairs =
    [
        "QUOTE", "URL", "MEDIA", "B", "I", "U", "S", "IMG", "SPOILER", "ISPOILER", "CODE", "ICODE", "COLOR", "SIZE",
        "FONT", "LIST", "CENTER", "LEFT", "RIGHT", "INDENT", "HEADING", "TABLE", "USER", "ATTACH", "PLAIN",
    ];

    /// <summary>Returns the most likely format of <paramref name="text"/>; <see cref="MarkupFormat.Plain"/> when unsure.</summary>
    public static MarkupFormat Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scan = text.AsSpan(0, Math.Min(text.Length, ScanLength));
        var signals = Scan(scan);
        var startsWithTag = scan.TrimStart() is [ '<', .. ] rest && HtmlTagAt(rest, 0, out _) > 0;

        // 1. A post that starts with a known HTML tag is HTML unless it holds strong Markdown (Discourse raw posts may
        //    open with a <div>); so is one with a strong tag early and no other markup.
        if ((startsWithTag && signals.StrongMarkdown == 0 && !signals.DiscourseQuote) || (signals.StrongHtml && signals.BbCode == 0 && signals.StrongMarkdown == 0 && signals.WeakMarkdown < 2))
        {
            return MarkupFormat.Html;
        }

        // 2. Markdown when a Discourse quote is there, or Markdown outweighs BB code; 3. BB code; 4. Markdown.
        var markdown = (signals.StrongMarkdown * 2) + (signals.WeakMarkdown >= 2 ? signals.WeakMarkdown : 0);
        if (signals.DiscourseQuote || (markdown > 0 && markdown > signals.BbCode * 2))
        {
            return MarkupFormat.Markdown;
        }

        return signals.BbCode > 0 ? MarkupFormat.BbCode : MarkupFormat.Plain;
    }

    private record struct Signals(bool StrongHtml, int BbCode, int StrongMarkdown, int WeakMarkdown, bool DiscourseQuote);

    private static Signals Scan(ReadOnlySpan<char> text)
    {
        var signals = default(Signals);
        var atLineStart = true;
        var inFence = false;
        var lineEnd = 0;

        // Where the last closing tag of each BB code tag is ([/QUOTE]...), found once per tag on first use.
        Span<int> lastClose = stackalloc int[s_bbPairs.Length];
        lastClose.Fill(-2);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (atLineStart)
            {
                atLineStart = false;
                var next = text[i..].IndexOf('\n');
                lineEnd = next < 0 ? text.Length : i + next;
                ScanLineStart(text[i..lineEnd].TrimEnd('\r'), ref signals, ref inFence);
            }

            switch (c)
            {
                case '\n':
                    atLineStart = true;
                    break;
                case '<' when !signals.StrongHtml && i < HtmlWindow:
                    var length = HtmlTagAt(text, i, out var strong);
                    if (length > 0 && strong)
                    {
                        signals.StrongHtml = true;
                    }

                    break;
                case '[':
                    ScanBracket(text, i, lineEnd, lastClose, ref signals);
                    break;
                case '*' when i + 2 < lineEnd && text[i + 1] == '*' && !char.IsWhiteSpace(text[i + 2]):
                    var close = text[(i + 2)..lineEnd].IndexOf("**", StringComparison.Ordinal);
                    if (close > 0 && !char.IsWhiteSpace(text[i + 1 + close]))
                    {
                        signals.WeakMarkdown++;
                        i += 2 + close + 1;
                    }

                    break;
            }
        }

        return signals;
    }

    // Markdown constructs that live at the start of a line.
    private static void ScanLineStart(ReadOnlySpan<char> line, ref Signals signals, ref bool inFence)
    {
        if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
        {
            // An opening fence counts once its closing fence is found; count at the close.
            signals.StrongMarkdown += inFence ? 1 : 0;
            inFence = !inFence;
            return;
        }

        if (line.StartsWith("> ", StringComparison.Ordinal))
        {
            signals.WeakMarkdown++;
            return;
        }

        var hashes = 0;
        while (hashes < line.Length && hashes < 7 && line[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] == ' ' && hashes + 1 < line.Length)
        {
            signals.WeakMarkdown++;
        }
    }

    // At a '[': a BB code pair, a Discourse quote, a Markdown link or image.
    private static void ScanBracket(ReadOnlySpan<char> text, int at, int lineEnd, Span<int> lastClose, ref Signals signals)
    {
        var rest = text[at..lineEnd];

        // ![alt](url) and [text](url): the closing "](" on the same line, then a target without spaces.
        var close = rest.IndexOf(']');
        if (close > 0 && close + 1 < rest.Length && rest[close + 1] == '(')
        {
            var target = rest[(close + 2)..];
            var end = target.IndexOf(')');
            if (end > 0 && target[..end].IndexOf(' ') < 0)
            {
                signals.StrongMarkdown++;
                return;
            }
        }

        if (rest.StartsWith("[quote=\"", StringComparison.Ordinal) && close > 0 && rest[..close].Contains("topic:", StringComparison.Ordinal))
        {
            signals.DiscourseQuote = true;
            return;
        }

        // [TAG], [TAG=...] or [TAG ...] with a matching [/TAG] later (case-insensitive, as XenForo reads them).
        var nameEnd = 1;
        while (nameEnd < rest.Length && nameEnd < 10 && char.IsAsciiLetter(rest[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == 1 || nameEnd >= rest.Length || rest[nameEnd] is not (']' or '=' or ' '))
        {
            return;
        }

        var name = rest[1..nameEnd];
        for (var t = 0; t < s_bbPairs.Length; t++)
        {
            if (name.Equals(s_bbPairs[t], StringComparison.OrdinalIgnoreCase))
            {
                if (lastClose[t] == -2)
                {
                    lastClose[t] = text.LastIndexOf("[/" + s_bbPairs[t] + "]", StringComparison.OrdinalIgnoreCase);
                }

                signals.BbCode += lastClose[t] > at ? 1 : 0;
                return;
            }
        }
    }

    /// <summary>
    /// Returns the length of a well-formed tag of a known HTML element at <paramref name="at"/> (<c>&lt;p&gt;</c>,
    /// <c>&lt;div class="x"&gt;</c>, <c>&lt;br /&gt;</c>, <c>&lt;/p&gt;</c>), or 0; <paramref name="strong"/> says
    /// whether the element can decide HTML on its own.
    /// </summary>
    private static int HtmlTagAt(ReadOnlySpan<char> text, int at, out bool strong)
    {
        strong = false;
        var i = at + 1;
        if (i < text.Length && text[i] == '/')
        {
            i++;
        }

        var nameStart = i;
        while (i < text.Length && i - nameStart < 12 && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == nameStart || i >= text.Length || !(text[i] is '>' or ' ' or '/' or '\n'))
        {
            return 0;
        }

        var name = text[nameStart..i];
        string? element = null;
        foreach (var known in s_htmlElements)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                element = known;
                break;
            }
        }

        // The tag must close on the same line, with no '<' or '[' before its '>'.
        var tagEnd = text[i..].IndexOfAny('>', '\n', '<');
        if (element is null || tagEnd < 0 || text[i + tagEnd] != '>')
        {
            return 0;
        }

        var attributes = text[i..(i + tagEnd)];
        strong = Array.IndexOf(s_weakHtmlElements, element) < 0 || attributes.Contains('=');
        if (element == "a")
        {
            strong = attributes.Contains("href=", StringComparison.OrdinalIgnoreCase) || text[at + 1] == '/';
        }

        return i + tagEnd + 1 - at;
    }
}
