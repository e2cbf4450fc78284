using SaySomething.Core.Documents;

namespace SaySomething.Core.Parsing.Markdown;

/// <summary>Which Discourse block tag a <see cref="BlockTag"/> is.</summary>
internal enum BlockTagKind : byte
{
    Quote,
    Spoiler,
    Details,
}

/// <summary>One matched opening or closing Discourse block tag, with its source range (end exclusive).</summary>
internal readonly record struct BlockTag(BlockTagKind Kind, bool IsClose, int Start, int End, QuoteAttribution? Attribution, string? Title);

/// <summary>
/// Finds the BB-code-like blocks Discourse keeps in <c>raw</c> (<c>[quote="alice, post:3, topic:1234"]…[/quote]</c>,
/// <c>[details="title"]…[/details]</c>, <c>[spoiler]…[/spoiler]</c>) before Markdig sees the text, in one pass
/// over the lines and without recursion. An opening tag counts at the start of a line (after up to three spaces);
/// a closing tag anywhere on a line; neither inside a fenced code block. Tags are matched with a stack: a closing
/// tag with no open tag of its kind, and an opening tag never closed, stay text (as Discourse shows them).
/// </summary>
internal static class DiscourseBlockScanner
{
    private static readonly string[] OpenNames = ["[quote", "[spoiler", "[details"];
    private static readonly string[] CloseNames = ["[/quote]", "[/spoiler]", "[/details]"];

    /// <summary>Returns the matched tags of <paramref name="source"/> in source order (empty when there are none).</summary>
    public static List<BlockTag> Scan(string source)
    {
        var found = new List<BlockTag>();
        if (source.IndexOf('[', StringComparison.Ordinal) < 0)
        {
            return found;
        }

        char fenceChar = '\0';
        var fenceLength = 0;
        var lineStart = 0;
        while (lineStart < source.Length)
        {
            var newline = source.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? source.Length : newline;
            var indent = 0;
            while (indent < 4 && lineStart + indent < lineEnd && source[lineStart + indent] == ' ')
            {
                indent++;
            }

            var at = lineStart + indent;
            if (indent < 4 && at < lineEnd && source[at] is '`' or '~')
            {
                var c = source[at];
                var run = 0;
                while (at + run < lineEnd && source[at + run] == c)
                {
                    run++;
                }

                if (fenceChar == '\0' && run >= 3)
                {
                    fenceChar = c;
                    fenceLength = run;
                }
                else if (fenceChar == c && run >= fenceLength && source.AsSpan(at + run, lineEnd - at - run).IsWhiteSpace())
                {
                    fenceChar = '\0';
                }
            }
            else if (fenceChar == '\0')
            {
                var scanFrom = lineStart;
                if (indent < 4 && TryReadOpen(source, at, lineEnd, out var open))
                {
                    found.Add(open);
                    scanFrom = open.End;
                }

                FindCloses(source, scanFrom, lineEnd, found);
            }

            lineStart = lineEnd + 1;
        }

        return Match(found);
    }

    private static bool TryReadOpen(string source, int at, int lineEnd, out BlockTag tag)
    {
        tag = default;
        if (at >= lineEnd || source[at] != '[')
        {
            return false;
        }

        for (var k = 0; k < OpenNames.Length; k++)
        {
            var name = OpenNames[k];
            if (lineEnd - at <= name.Length || !source.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var after = at + name.Length;
            var next = source[after];
            if (next == ']')
            {
                tag = new BlockTag((BlockTagKind)k, false, at, after + 1, null, null);
                return true;
            }

            if (next is not ('=' or ' '))
            {
                return false;
            }

            // The option runs to the first ']' on the line (quoted values hold no ']' in what Discourse writes).
            var close = source.AsSpan(after, lineEnd - after).IndexOf(']');
            if (close < 0)
            {
                return false;
            }

            var option = source.AsSpan(after, close).Trim();
            if (option.StartsWith('='))
            {
                option = option[1..].Trim();
            }

            option = Unquote(option);
            var kind = (BlockTagKind)k;
            var end = after + close + 1;
            tag = kind == BlockTagKind.Quote
                ? new BlockTag(kind, false, at, end, ParseAttribution(option), null)
                : new BlockTag(kind, false, at, end, null, option.IsEmpty ? null : option.ToString());
            return true;
        }

        return false;
    }

    private static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> value)
    {
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
        {
            return value[1..^1].Trim();
        }

        return value;
    }

    /// <summary>Reads <c>alice, post:3, topic:1234, full:true</c> (Discourse's quote option).</summary>
    internal static QuoteAttribution? ParseAttribution(ReadOnlySpan<char> option)
    {
        if (option.IsEmpty)
        {
            return null;
        }

        string? author = null;
        string? post = null;
        string? topic = null;
        string? username = null;
        foreach (var range in option.Split(','))
        {
            var part = option[range].Trim();
            var colon = part.IndexOf(':');
            if (colon < 0)
            {
                author ??= part.IsEmpty ? null : part.ToString();
                continue;
            }

            var key = part[..colon].Trim();
            var value = part[(colon + 1)..].Trim();
            if (value.IsEmpty)
            {
                continue;
            }

            if (key.Equals("post", StringComparison.OrdinalIgnoreCase))
            {
                post = value.ToString();
            }
            else if (key.Equals("topic", StringComparison.OrdinalIgnoreCase))
            {
                topic = value.ToString();
            }
            else if (key.Equals("username", StringComparison.OrdinalIgnoreCase))
            {
                username = value.ToString();
            }
        }

        author ??= username;
        return author is null && post is null && topic is null ? null : new QuoteAttribution(author, post, null, topic);
    }

    private static void FindCloses(string source, int from, int lineEnd, List<BlockTag> found)
    {
        while (from < lineEnd)
        {
            var slash = source.AsSpan(from, lineEnd - from).IndexOf("[/", StringComparison.Ordinal);
            if (slash < 0)
            {
                return;
            }

            var at = from + slash;
            var matched = false;
            for (var k = 0; k < CloseNames.Length; k++)
            {
                var name = CloseNames[k];
                if (lineEnd - at >= name.Length && source.AsSpan(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new BlockTag((BlockTagKind)k, true, at, at + name.Length, null, null));
                    from = at + name.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                from = at + 2;
            }
        }
    }

    /// <summary>Keeps only the tags that pair up; amortised linear (each open tag is pushed and popped once).</summary>
    private static List<BlockTag> Match(List<BlockTag> found)
    {
        var keep = new bool[found.Count];
        var stack = new Stack<int>();
        Span<int> openCount = stackalloc int[3];
        for (var i = 0; i < found.Count; i++)
        {
            var tag = found[i];
            var kind = (int)tag.Kind;
            if (!tag.IsClose)
            {
                stack.Push(i);
                openCount[kind]++;
                continue;
            }

            if (openCount[kind] == 0)
            {
                continue;
            }

            // Pop down to the nearest open tag of this kind; the ones above it were never closed and stay text.
            while (true)
            {
                var top = stack.Pop();
                openCount[(int)found[top].Kind]--;
                if (found[top].Kind == tag.Kind)
                {
                    keep[top] = true;
                    keep[i] = true;
                    break;
                }
            }
        }

        var matched = new List<BlockTag>();
        for (var i = 0; i < found.Count; i++)
        {
            if (keep[i])
            {
                matched.Add(found[i]);
            }
        }

        return matched;
    }
}
