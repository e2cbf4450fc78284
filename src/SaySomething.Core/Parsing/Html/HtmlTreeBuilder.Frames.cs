using AngleSharp.Dom;
using SaySomething.Core.Documents;

namespace SaySomething.Core.Parsing.Html;

internal sealed partial class HtmlTreeBuilder
{
    /// <summary>One step of the walk: enter or drop a DOM node, close a frame, or end a block boundary.</summary>
    private readonly struct Work(INode? node, Op op, bool hidden, Frame? frame)
    {
        public INode? Node { get; } = node;

        public Op Op { get; } = op;

        public bool Hidden { get; } = hidden;

        public Frame? Frame { get; } = frame;
    }

    /// <summary>An element's start tag as found in the source; untrusted when the parser made the element up or cloned it.</summary>
    private readonly record struct Tag(string Name, bool Trusted, int Start, int End);

    /// <summary>A document node under construction.</summary>
    private sealed class Frame(FrameType type, bool block)
    {
        public FrameType Type { get; } = type;

        /// <summary>Gets a value indicating whether the frame holds blocks (inline content gets a paragraph).</summary>
        public bool Block { get; } = block;

        public bool Implicit { get; init; }

        public bool IsOpen { get; set; } = true;

        public bool Hidden { get; set; }

        public int TagStart { get; set; } = -1;

        public int TagEnd { get; set; } = -1;

        public string? EndTagName { get; set; }

        public List<DocumentNode> Children { get; } = [];

        public QuoteAttribution? Attribution { get; init; }

        public int Level { get; init; }

        public string? Title { get; init; }

        public bool Inline { get; init; }

        public bool Ordered { get; init; }

        public bool Header { get; init; }

        public TextStyle Style { get; init; }

        public string? Value { get; init; }

        public string? Url { get; init; }

        public SourceSpan UrlSpan { get; init; }

        public DocumentNode ToNode(SourceSpan span) => Type switch
        {
            FrameType.Paragraph => new ParagraphNode { Span = span, Hidden = Hidden, Content = Children },
            FrameType.Heading => new HeadingNode { Span = span, Hidden = Hidden, Content = Children, Level = Level },
            FrameType.Quote => new QuoteNode { Span = span, Hidden = Hidden, Content = Children, Attribution = Attribution },
            FrameType.Spoiler => new SpoilerNode { Span = span, Hidden = Hidden, Content = Children, Title = Title, IsInline = Inline },
            FrameType.List => new ListNode { Span = span, Hidden = Hidden, Content = Children, Ordered = Ordered },
            FrameType.ListItem => new ListItemNode { Span = span, Hidden = Hidden, Content = Children },
            FrameType.Table => new TableNode { Span = span, Hidden = Hidden, Content = Children },
            FrameType.Row => new TableRowNode { Span = span, Hidden = Hidden, Content = Children },
            FrameType.Cell => new TableCellNode { Span = span, Hidden = Hidden, Content = Children, IsHeader = Header },
            FrameType.Link => new LinkNode { Span = span, Hidden = Hidden, Content = Children, Origin = LinkOrigin.TitledLink, Url = Url, UrlSpan = UrlSpan },
            _ => new StyledNode { Span = span, Hidden = Hidden, Content = Children, Style = Style, Value = Value },
        };
    }
}
