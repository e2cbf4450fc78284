using SaySomething.Core.Documents;

namespace SaySomething.Core.Parsing.BbCode;

/// <summary>Maps a closed tag with parsed content (<c>[B]</c>, <c>[QUOTE]</c>, <c>[URL=…]</c>, <c>[LIST]</c>...) to its node.</summary>
internal static class BbCodeContainers
{
    /// <summary>Makes the node of a closed tag from its already grouped children.</summary>
    /// <param name="source">The post.</param>
    /// <param name="open">The opening tag.</param>
    /// <param name="span">From the opening tag to the end of the closing tag (or where the tag was closed implicitly).</param>
    /// <param name="children">The children.</param>
    /// <param name="hidden">Whether the node is hidden (its own formatting or an ancestor's).</param>
    public static DocumentNode Make(string source, in BbCodeToken open, SourceSpan span, List<DocumentNode> children, bool hidden)
    {
        var tag = open.Tag!;
        var option = open.HasOption ? source.AsSpan(open.OptionStart, open.OptionEnd - open.OptionStart) : default;
        return tag.Kind switch
        {
            BbCodeTagKind.Bold => Styled(TextStyle.Bold, null),
            BbCodeTagKind.Italic => Styled(TextStyle.Italic, null),
            BbCodeTagKind.Underline => Styled(TextStyle.Underline, null),
            BbCodeTagKind.Strike => Styled(TextStyle.Strike, null),
            BbCodeTagKind.Color => Styled(TextStyle.Color, option.Trim().ToString()),
            BbCodeTagKind.Font => Styled(TextStyle.Font, option.Trim().ToString()),
            BbCodeTagKind.Size => Styled(TextStyle.Size, option.Trim().ToString()),
            BbCodeTagKind.Left => Styled(TextStyle.Layout, "left"),
            BbCodeTagKind.Center => Styled(TextStyle.Layout, "center"),
            BbCodeTagKind.Right => Styled(TextStyle.Layout, "right"),
            BbCodeTagKind.Indent => Styled(TextStyle.Layout, "indent"),
            BbCodeTagKind.Url or BbCodeTagKind.Email => TitledLink(source, open, span, children, hidden),
            BbCodeTagKind.Quote => new QuoteNode { Span = span, Hidden = hidden, Content = children, Attribution = QuoteOptionParser.Parse(option) },
            BbCodeTagKind.Spoiler => new SpoilerNode { Span = span, Hidden = hidden, Content = children, Title = NullIfEmpty(option.Trim()) },
            BbCodeTagKind.InlineSpoiler => new SpoilerNode { Span = span, Hidden = hidden, Content = children, IsInline = true },
            BbCodeTagKind.List => new ListNode { Span = span, Hidden = hidden, Content = children, Ordered = !option.Trim().IsEmpty },
            BbCodeTagKind.ListItem => new ListItemNode { Span = span, Hidden = hidden, Content = children },
            BbCodeTagKind.Table => new TableNode { Span = span, Hidden = hidden, Content = children },
            BbCodeTagKind.TableRow => new TableRowNode { Span = span, Hidden = hidden, Content = children },
            BbCodeTagKind.TableData => new TableCellNode { Span = span, Hidden = hidden, Content = children },
            BbCodeTagKind.TableHeader => new TableCellNode { Span = span, Hidden = hidden, Content = children, IsHeader = true },
            BbCodeTagKind.Heading => new HeadingNode { Span = span, Hidden = hidden, Content = children, Level = HeadingLevel(option) },
            _ => Styled(TextStyle.Other, null),
        };

        StyledNode Styled(TextStyle style, string? value) => new() { Span = span, Hidden = hidden, Content = children, Style = style, Value = value };
    }

    /// <summary>The level of <c>[HEADING=n]</c>: XenForo knows 1 to 3; anything else is not a heading (0).</summary>
    public static int HeadingLevel(ReadOnlySpan<char> option)
    {
        option = option.Trim().Trim("\"'");
        return option.Length == 1 && option[0] is >= '1' and <= '3' ? option[0] - '0' : 0;
    }

    /// <summary>
    /// <c>[URL=address]text[/URL]</c> and <c>[EMAIL=address]text[/EMAIL]</c>. The address's span is the option's.
    /// Without any text XenForo shows the address itself, so that is a tagged URL; with <c>unfurl="true"</c> it is
    /// a link card.
    /// </summary>
    private static LinkNode TitledLink(string source, in BbCodeToken open, SourceSpan span, List<DocumentNode> children, bool hidden)
    {
        var start = open.OptionStart;
        var end = open.OptionEnd;
        while (start < end && char.IsWhiteSpace(source[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        var origin = open.Tag!.Kind == BbCodeTagKind.Email ? LinkOrigin.Email
            : BbCodeAttributes.Is(source, open, "unfurl", "true") ? LinkOrigin.LinkCard
            : children.Count == 0 ? LinkOrigin.TaggedUrl
            : LinkOrigin.TitledLink;
        return new LinkNode { Span = span, Hidden = hidden, Content = children, Origin = origin, Url = source[start..end], UrlSpan = new SourceSpan(start, end) };
    }

    private static string? NullIfEmpty(ReadOnlySpan<char> value) => value.IsEmpty ? null : value.ToString();
}
