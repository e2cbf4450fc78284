using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SaySomething.Core.Documents;
using SaySomething.Core.Providers;
using MdSpan = Markdig.Syntax.SourceSpan;
using SourceSpan = SaySomething.Core.Documents.SourceSpan;

namespace SaySomething.Core.Parsing.Markdown;

/// <summary>
/// Maps a Markdig syntax tree (of one segment of the post, parsed from <c>source[offset..end]</c>) to document
/// nodes with an explicit stack: no recursion over the input's depth. Containers nested deeper than
/// <see cref="ReaderLimits.MaxDepth"/> are not made; their content goes into the container at the limit.
/// </summary>
internal sealed class MarkdigMapper
{
    private const string UploadScheme = "upload://";

    private readonly string _source;
    private readonly int _maxDepth;
    private readonly DiscourseInlineText _text;
    private readonly Stack<Frame> _stack = new();

    public MarkdigMapper(string source, int maxDepth)
    {
        _source = source;
        _maxDepth = maxDepth;
        _text = new DiscourseInlineText(source);
    }

    private enum Shape : byte
    {
        Transparent,
        Paragraph,
        Heading,
        Quote,
        List,
        ListItem,
        Table,
        TableRow,
        TableCell,
        Styled,
        Link,
    }

    /// <summary>
    /// Appends the blocks of <paramref name="document"/> (parsed from <c>source[offset..end]</c>) to
    /// <paramref name="into"/>, which belongs to a container at <paramref name="depth"/>. Oneboxes are marked only
    /// when <paramref name="topLevel"/> (the segment is not inside a Discourse block).
    /// </summary>
    public void Map(MarkdownDocument document, int offset, int end, List<DocumentNode> into, int depth, bool topLevel)
    {
        var root = new Frame(Shape.Transparent, into, depth, offset, end) { Blocks = document, IsRoot = true, TopLevel = topLevel };
        _stack.Push(root);
        while (_stack.Count > 0)
        {
            var frame = _stack.Peek();
            if (frame.Blocks is { } blocks)
            {
                if (frame.BlockIndex < blocks.Count)
                {
                    OnBlock(blocks[frame.BlockIndex++], frame);
                    continue;
                }
            }
            else if (frame.NextInline is { } inline)
            {
                frame.NextInline = inline.NextSibling;
                OnInline(inline, frame);
                continue;
            }

            _ = _stack.Pop();
            if (!frame.IsRoot)
            {
                Finish(frame);
            }
        }
    }

    private void OnBlock(Block block, Frame parent)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                PushInlines(Shape.Paragraph, paragraph, parent).TopLevel = parent.IsRoot && parent.TopLevel;
                break;
            case HeadingBlock heading:
                PushInlines(Shape.Heading, heading, parent).Level = heading.Level;
                break;
            case CodeBlock code:
                parent.Output.Add(new CodeBlockNode
                {
                    Span = Map(code.Span, parent),
                    Language = code is FencedCodeBlock { Info: { Length: > 0 } info } ? info : null,
                    Text = code.Lines.ToString(),
                });
                break;
            case HtmlBlock html:
                AppendHtml(Map(html.Span, parent), parent, asParagraph: true);
                break;
            case QuoteBlock quote:
                PushBlocks(Shape.Quote, quote, parent);
                break;
            case ListBlock list:
                PushBlocks(Shape.List, list, parent).Ordered = list.IsOrdered;
                break;
            case ListItemBlock item:
                PushBlocks(Shape.ListItem, item, parent);
                break;
            case Table table:
                PushBlocks(Shape.Table, table, parent);
                break;
            case TableRow row:
                PushBlocks(Shape.TableRow, row, parent).IsHeader = row.IsHeader;
                break;
            case TableCell cell:
                PushBlocks(Shape.TableCell, cell, parent).IsHeader = parent.IsHeader;
                break;
            case LinkReferenceDefinitionGroup or ThematicBreakBlock or BlankLineBlock:
                break;
            case ContainerBlock other:
                PushBlocks(Shape.Transparent, other, parent);
                break;
            case LeafBlock { Inline: not null } leaf:
                PushInlines(Shape.Paragraph, leaf, parent);
                break;
        }
    }

    private void OnInline(Inline inline, Frame parent)
    {
        switch (inline)
        {
            case LiteralInline literal:
                OnLiteral(literal, parent);
                break;
            case LineBreakInline lineBreak:
                parent.Output.Add(new LineBreakNode { Span = Map(lineBreak.Span, parent) });
                break;
            case CodeInline code:
                parent.Output.Add(new InlineCodeNode { Span = Map(code.Span, parent), Text = code.Content });
                break;
            case AutolinkInline autolink:
                var span = Map(autolink.Span, parent);
                parent.Output.Add(new LinkNode
                {
                    Span = span,
                    UrlSpan = span.Length >= 2 ? new SourceSpan(span.Start + 1, span.End - 1) : span,
                    Url = autolink.Url,
                    Origin = autolink.IsEmail ? LinkOrigin.Email : LinkOrigin.TaggedUrl,
                });
                break;
            case LinkInline link:
                OnLink(link, parent);
                break;
            case HtmlEntityInline entity:
                _text.AppendDecoded(entity.Transcoded.ToString(), Map(entity.Span, parent), parent.Output, parent.InLink);
                break;
            case HtmlInline html:
                AppendHtml(Map(html.Span, parent), parent, asParagraph: false);
                break;
            case EmphasisInline emphasis:
                PushInlineContainer(Shape.Styled, emphasis, parent).Style =
                    emphasis.DelimiterChar == '~' ? TextStyle.Strike : emphasis.DelimiterCount >= 2 ? TextStyle.Bold : TextStyle.Italic;
                break;
            case ContainerInline container:
                // Delimiters Markdig left unresolved and other containers: their content, without a node of their own.
                PushInlineContainer(Shape.Transparent, container, parent);
                break;
            default:
                var other = Map(inline.Span, parent);
                _text.AppendVerbatim(other.Start, other.End, parent.Output, parent.InLink);
                break;
        }
    }

    private void OnLiteral(LiteralInline literal, Frame parent)
    {
        if (!TryVerbatim(literal, parent, out var start, out var end))
        {
            _text.AppendDecoded(literal.Content.ToString(), Map(literal.Span, parent), parent.Output, parent.InLink);
            return;
        }

        // Markdig splits text at characters that might have been markup ('[', '|', '_'...): join literals that
        // are contiguous in the source, so an address written across such a split is found whole.
        while (parent.NextInline is LiteralInline next && TryVerbatim(next, parent, out var nextStart, out var nextEnd) && nextStart == end)
        {
            end = nextEnd;
            parent.NextInline = next.NextSibling;
        }

        _text.AppendVerbatim(start, end, parent.Output, parent.InLink);
    }

    /// <summary>Where a literal's text is written in the source, when it is written there as shown.</summary>
    private bool TryVerbatim(LiteralInline literal, Frame parent, out int start, out int end)
    {
        var span = Map(literal.Span, parent);
        var content = literal.Content.AsSpan();
        start = span.Start;
        end = span.End;
        if (content.IsEmpty || span.Length < content.Length)
        {
            return false;
        }

        var written = _source.AsSpan(span.Start, span.Length);
        var at = written.Length == content.Length ? (written.SequenceEqual(content) ? 0 : -1) : written.IndexOf(content);
        if (at < 0)
        {
            return false;
        }

        start = span.Start + at;
        end = start + content.Length;
        return true;
    }

    private void OnLink(LinkInline link, Frame parent)
    {
        var span = Map(link.Span, parent);
        var url = link.Url ?? "";
        if (url.StartsWith(UploadScheme, StringComparison.OrdinalIgnoreCase))
        {
            // A file the poster uploaded to the forum (image or attachment): not a link to anywhere else.
            parent.Output.Add(new AttachmentNode { Span = span, Reference = url });
            return;
        }

        var frame = PushInlineContainer(Shape.Link, link, parent);
        frame.Origin = link.IsImage ? LinkOrigin.Image : LinkOrigin.TitledLink;
        frame.Url = url;
        frame.UrlSpan = link.UrlSpan.IsEmpty || link.UrlSpan.Start < 0 ? default : Map(link.UrlSpan, parent);
        frame.InLink = true;
    }

    /// <summary>
    /// HTML Discourse lets through: text between tags is text; addresses inside tags (<c>href</c>, <c>src</c>)
    /// are kept as links, the rest of the tag is markup.
    /// </summary>
    private void AppendHtml(SourceSpan span, Frame parent, bool asParagraph)
    {
        var output = asParagraph ? [] : parent.Output;
        var i = span.Start;
        while (i < span.End)
        {
            var open = _source.AsSpan(i, span.End - i).IndexOf('<');
            var textEnd = open < 0 ? span.End : i + open;
            _text.AppendVerbatim(i, textEnd, output, parent.InLink);
            if (open < 0)
            {
                break;
            }

            var close = _source.AsSpan(textEnd, span.End - textEnd).IndexOf('>');
            var tagEnd = close < 0 ? span.End : textEnd + close + 1;
            if (!parent.InLink)
            {
                var scratch = new List<DocumentNode>();
                Text.TextRunLinker.AppendVerbatim(_source, textEnd, tagEnd, scratch);
                foreach (var node in scratch)
                {
                    if (node is LinkNode)
                    {
                        output.Add(node);
                    }
                }
            }

            i = tagEnd;
        }

        if (asParagraph && output.Count > 0)
        {
            parent.Output.Add(new ParagraphNode { Span = span, Content = output });
        }
    }

    private Frame PushBlocks(Shape shape, ContainerBlock block, Frame parent)
    {
        var frame = NewFrame(shape, block, parent);
        frame.Blocks = block;
        _stack.Push(frame);
        return frame;
    }

    private Frame PushInlines(Shape shape, LeafBlock block, Frame parent)
    {
        var frame = NewFrame(shape, block, parent);
        frame.NextInline = block.Inline?.FirstChild;
        _stack.Push(frame);
        return frame;
    }

    private Frame PushInlineContainer(Shape shape, ContainerInline inline, Frame parent)
    {
        var frame = NewFrame(shape, inline, parent);
        frame.NextInline = inline.FirstChild;
        _stack.Push(frame);
        return frame;
    }

    private Frame NewFrame(Shape shape, MarkdownObject markdown, Frame parent)
    {
        var flattened = shape == Shape.Transparent || parent.Depth >= _maxDepth;
        var frame = new Frame(shape, flattened ? parent.Output : [], flattened ? parent.Depth : parent.Depth + 1, parent.Offset, parent.End)
        {
            Flattened = flattened,
            InLink = parent.InLink,
            IsHeader = parent.IsHeader,
        };
        // Markdig gives no position to nodes it makes up (the empty cells that pad a short table row): place them,
        // empty, at the end of their parent so they stay inside it.
        frame.Span = markdown.Span.Length <= 0 ? new SourceSpan(parent.Span.End, parent.Span.End) : Map(markdown.Span, frame);
        return frame;
    }

    private void Finish(Frame frame)
    {
        if (frame.Flattened)
        {
            return;
        }

        var parent = _stack.Peek();
        var children = frame.Output;
        if (_text.HasMarkers && frame.Shape is Shape.Paragraph or Shape.Heading or Shape.Styled or Shape.TableCell)
        {
            children = _text.WrapInlineSpoilers(children);
        }

        var span = Enclose(frame.Span, children);
        DocumentNode node;
        switch (frame.Shape)
        {
            case Shape.Paragraph:
                if (children.Count == 0)
                {
                    return;
                }

                if (frame.TopLevel)
                {
                    MarkOneboxes(children);
                }

                node = new ParagraphNode { Span = span, Content = children };
                break;
            case Shape.Heading:
                node = new HeadingNode { Span = span, Level = frame.Level, Content = children };
                break;
            case Shape.Quote:
                node = QuoteHeader.Build(span, children);
                break;
            case Shape.List:
                node = new ListNode { Span = span, Ordered = frame.Ordered, Content = children };
                break;
            case Shape.ListItem:
                node = new ListItemNode { Span = span, Content = children };
                break;
            case Shape.Table:
                node = new TableNode { Span = span, Content = children };
                break;
            case Shape.TableRow:
                node = new TableRowNode { Span = span, Content = children };
                break;
            case Shape.TableCell:
                node = new TableCellNode { Span = span, IsHeader = frame.IsHeader, Content = children };
                break;
            case Shape.Styled:
                node = new StyledNode { Span = span, Style = frame.Style, Content = children };
                break;
            default:
                node = new LinkNode { Span = span, Origin = frame.Origin, Url = frame.Url, UrlSpan = frame.UrlSpan, Content = children };
                break;
        }

        parent.Output.Add(node);
    }

    /// <summary>
    /// Discourse oneboxes an address that stands alone on its line in a top-level paragraph (between the start or
    /// a line break and a line break or the end): a preview card, or an embedded player for video sites.
    /// </summary>
    private static void MarkOneboxes(List<DocumentNode> children)
    {
        var lineStart = 0;
        for (var i = 0; i <= children.Count; i++)
        {
            if (i < children.Count && children[i] is not LineBreakNode)
            {
                continue;
            }

            var link = -1;
            for (var k = lineStart; k < i && link != -2; k++)
            {
                switch (children[k])
                {
                    case TextNode text when string.IsNullOrWhiteSpace(text.Text):
                        break;
                    case LinkNode { Origin: LinkOrigin.BareUrl } when link == -1:
                        link = k;
                        break;
                    default:
                        link = -2;
                        break;
                }
            }

            if (link >= 0 && children[link] is LinkNode bare)
            {
                var classification = ProviderRegistry.Default.Classify(bare.Url);
                var video = classification.Kind == LinkKind.Video;
                children[link] = new LinkNode
                {
                    Span = bare.Span,
                    UrlSpan = bare.UrlSpan,
                    Url = bare.Url,
                    Origin = video ? LinkOrigin.MediaEmbed : LinkOrigin.LinkCard,
                    MediaSite = video ? classification.Provider?.Id : null,
                };
            }

            lineStart = i + 1;
        }
    }

    private static SourceSpan Enclose(SourceSpan own, List<DocumentNode> children)
    {
        if (children.Count == 0)
        {
            return own;
        }

        var start = Math.Min(own.Start, children[0].Span.Start);
        var end = own.End;
        foreach (var child in children)
        {
            end = Math.Max(end, child.Span.End);
        }

        return new SourceSpan(start, end);
    }

    /// <summary>A Markdig span (end inclusive, relative to the segment) as a document span, clamped to the segment.</summary>
    private static SourceSpan Map(MdSpan span, Frame frame)
    {
        var start = Math.Clamp(span.Start + frame.Offset, frame.Offset, frame.End);
        var end = Math.Clamp(span.End + 1 + frame.Offset, start, frame.End);
        return new SourceSpan(start, end);
    }

    private sealed class Frame(Shape shape, List<DocumentNode> output, int depth, int offset, int end)
    {
        public Shape Shape { get; } = shape;

        public List<DocumentNode> Output { get; } = output;

        public int Depth { get; } = depth;

        public int Offset { get; } = offset;

        public int End { get; } = end;

        public SourceSpan Span { get; set; }

        public ContainerBlock? Blocks { get; set; }

        public int BlockIndex { get; set; }

        public Inline? NextInline { get; set; }

        public bool IsRoot { get; init; }

        public bool TopLevel { get; set; }

        public bool Flattened { get; init; }

        public bool InLink { get; set; }

        public bool IsHeader { get; set; }

        public int Level { get; set; }

        public bool Ordered { get; set; }

        public TextStyle Style { get; set; }

        public LinkOrigin Origin { get; set; }

        public string? Url { get; set; }

        public SourceSpan UrlSpan { get; set; }
    }
}
