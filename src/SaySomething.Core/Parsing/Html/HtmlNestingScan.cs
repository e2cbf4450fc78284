namespace SaySomething.Core.Parsing.Html;

/// <summary>
/// Estimates, in one linear pass over the source, how deeply elements nest before the HTML is handed to the
/// parser. AngleSharp's tree construction checks scopes by walking the stack of open elements, so its time grows
/// with the square of the nesting (measured: 6,500 nested <c>&lt;div&gt;</c> in 32 KiB take 150 to 300 ms, 100,000
/// unclosed <c>&lt;b&gt;</c> take minutes). Posts never nest hundreds deep, so a page that does is read as plain
/// text instead of being parsed.
/// </summary>
internal static class HtmlNestingScan
{
    /// <summary>The deepest estimated nesting of <paramref name="source"/>, stopping early once it passes <paramref name="stopAbove"/>.</summary>
    public static int MaxDepth(string source, int stopAbove)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while (i < source.Length)
        {
            var lt = source.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= source.Length)
            {
                break;
            }

            var next = source[lt + 1];
            if (next == '!')
            {
                var close = source.AsSpan(lt).StartsWith("<!--") ? source.IndexOf("-->", lt + 4, StringComparison.Ordinal) : source.IndexOf('>', lt + 2);
                i = close < 0 ? source.Length : close + 1;
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= source.Length || !char.IsAsciiLetter(source[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < source.Length && char.IsAsciiLetterOrDigit(source[nameEnd]))
            {
                nameEnd++;
            }

            var name = source.AsSpan(nameStart, nameEnd - nameStart);
            var tagEnd = TagEnd(source, nameEnd);
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!SelfClosing(source, tagEnd) && !DoesNotNest(name))
            {
                depth++;
                deepest = Math.Max(deepest, depth);
                if (deepest > stopAbove)
                {
                    return deepest;
                }

                if (IsRawText(name))
                {
                    // Script and style content is not markup: skip to the end tag.
                    var end = IndexOfEndTag(source, tagEnd, name);
                    tagEnd = end < 0 ? source.Length : end;
                    depth--;
                }
            }

            i = tagEnd;
        }

        return deepest;
    }

    private static int TagEnd(string source, int from)
    {
        var i = from;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c is '"' or '\'' && i > 0 && source[i - 1] == '=')
            {
                var close = source.IndexOf(c, i + 1);
                if (close < 0)
                {
                    return source.Length;
                }

                i = close;
            }

            i++;
        }

        return source.Length;
    }

    private static bool SelfClosing(string source, int tagEnd) => tagEnd >= 2 && source[tagEnd - 1] == '>' && source[tagEnd - 2] == '/';

    private static int IndexOfEndTag(string source, int from, ReadOnlySpan<char> name)
    {
        var i = from;
        while (true)
        {
            var at = source.IndexOf("</", i, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            if (source.AsSpan(at + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }

            i = at + 2;
        }
    }

    /// <summary>Void elements, and elements the parser closes when another of their kind starts (<c>a</c> in <c>a</c>, <c>p</c>, <c>li</c>...).</summary>
    private static bool DoesNotNest(ReadOnlySpan<char> name) =>
        Is(name, "br") || Is(name, "img") || Is(name, "hr") || Is(name, "input") || Is(name, "meta") || Is(name, "link")
        || Is(name, "wbr") || Is(name, "source") || Is(name, "area") || Is(name, "base") || Is(name, "col")
        || Is(name, "embed") || Is(name, "param") || Is(name, "track") || Is(name, "p") || Is(name, "li") || Is(name, "dt")
        || Is(name, "dd") || Is(name, "tr") || Is(name, "td") || Is(name, "th") || Is(name, "option")
        || Is(name, "optgroup") || Is(name, "tbody") || Is(name, "thead") || Is(name, "tfoot") || Is(name, "rp") || Is(name, "rt")
        || Is(name, "html") || Is(name, "head") || Is(name, "body") || Is(name, "a");

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        Is(name, "script") || Is(name, "style") || Is(name, "textarea") || Is(name, "title") || Is(name, "xmp") || Is(name, "iframe") || Is(name, "noembed") || Is(name, "noframes");

    private static bool Is(ReadOnlySpan<char> name, string value) => name.Equals(value, StringComparison.OrdinalIgnoreCase);
}
