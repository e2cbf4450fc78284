using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.Styles;

namespace SaySomething.Core.Parsing.BbCode;

/// <summary>
/// Builds the document tree from <see cref="BbCodeTokenizer"/> tokens with an explicit stack of open tags and one
/// flat list of items (text, finished nodes, placeholders of open tags). Nothing recurses on the input.
/// </summary>
/// <remarks>
/// <para>How malformed BB code is read (as XenForo shows it, as far as its output tells):</para>
/// <list type="bullet">
/// <item>An opening tag never closed is text, and its content is read as if the tag were not there.</item>
/// <item>A closing tag with no open tag of its name is text.</item>
/// <item>A closing tag whose open tag has inline tags still open inside it closes them too, where the closing
/// tag starts (<c>[B]a[I]b[/B]</c> is bold "a" and bold italic "b"); list items, rows and cells are closed by
/// their list or table the same way. A block tag (quote, spoiler, alignment, heading, list, table) still open
/// inside stops it: the closing tag is then text, so a stray <c>[/B]</c> can never end a quote early.</item>
/// <item>An inline tag nested more than <see cref="BbCodeTagTable.InlineNestingLimit"/> deep in itself is text.</item>
/// <item>Block tags nested deeper than <see cref="ReaderLimits.MaxDepth"/> are dropped, their content kept in the
/// deepest block kept (and their closing tags dropped with them).</item>
/// <item><c>[*]</c> outside a list, <c>[TR]</c> outside a table and <c>[TD]</c>/<c>[TH]</c> outside a row are text,
/// and so is <c>[HEADING]</c> with a level other than 1 to 3.</item>
/// </list>
/// </remarks>
internal sealed class BbCodeTreeBuilder
{
    /// <summary>Item lists longer than this are not kept between reads, so one huge post does not pin memory.</summary>
    private const int MaxRetainedItems = 4096;

    [ThreadStatic]
    private static BbCodeTreeBuilder? t_cached;

    private readonly BbCodeTokenizer _tokenizer = new("");
    private readonly NodeBudget _budget = new();
    private readonly ParagraphGrouper _grouper;
    private readonly List<Frame> _stack = new(16);
    private readonly int[] _open = new int[BbCodeTagTable.Count];
    private readonly int[] _suppressed = new int[BbCodeTagTable.Count];
    private List<BbCodeItem> _items = new(64);
    private string _source = "";
    private int _maxDepth;
    private HiddenStyle _hiddenStyle = HiddenStyle.WhitePage;
    private int _blockDepth;

    private BbCodeTreeBuilder()
    {
        _grouper = new ParagraphGrouper(_budget);
    }

    /// <summary>
    /// Reads <paramref name="source"/>; null when it makes more than <see cref="ReaderLimits.MaxNodes"/> nodes.
    /// One builder per thread is reused, so its lists and tables are not allocated again for every post.
    /// </summary>
    public static List<DocumentNode>? Build(string source, ReaderLimits limits, HiddenStyle hiddenStyle)
    {
        var builder = t_cached ?? new BbCodeTreeBuilder();
        t_cached = null;
        try
        {
            return builder.Run(source, limits, hiddenStyle);
        }
        finally
        {
            builder.Clear();
            t_cached = builder;
        }
    }

    private List<DocumentNode>? Run(string source, ReaderLimits limits, HiddenStyle hiddenStyle)
    {
        _source = source;
        _maxDepth = limits.MaxDepth;
        _hiddenStyle = hiddenStyle;
        _tokenizer.Reset(source);
        _budget.Reset(limits.MaxNodes);
        _grouper.Reset(source);
        while (_tokenizer.Next(out var token))
        {
            switch (token.Kind)
            {
                case BbCodeTokenKind.Text:
                    AddText(token.Start, token.End);
                    break;
                case BbCodeTokenKind.Element:
                    AddElement(token);
                    break;
                case BbCodeTokenKind.Open:
                    Open(token);
                    break;
                default:
                    Close(token);
                    break;
            }

            if (_budget.Exceeded)
            {
                return null;
            }
        }

        while (_stack.Count > 0)
        {
            Abandon();
        }

        var blocks = _grouper.Blocks(_items, 0, _items.Count, hidden: false, noLinks: false);
        return _budget.Exceeded ? null : blocks;
    }

    /// <summary>Drops every reference to the last post so the cached builder holds no document alive.</summary>
    private void Clear()
    {
        if (_items.Capacity > MaxRetainedItems)
        {
            _items = new List<BbCodeItem>(64);
        }
        else
        {
            _items.Clear();
        }

        _stack.Clear();
        Array.Clear(_open);
        Array.Clear(_suppressed);
        _blockDepth = 0;
        _source = "";
        _tokenizer.Reset("");
        _grouper.Reset("");
    }

    private Frame? Top => _stack.Count > 0 ? _stack[^1] : null;

    private void AddText(int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        if (_items.Count > 0 && _items[^1] is { Kind: BbCodeItemKind.Text } last && last.End == start)
        {
            _items[^1] = BbCodeItem.Text(last.Start, end);
            return;
        }

        _items.Add(BbCodeItem.Text(start, end));
    }

    private void AddElement(in BbCodeToken token)
    {
        var item = BbCodeNodeFactory.Element(_source, token, Top?.Hidden ?? false);
        if (item.Node is { } node)
        {
            _budget.Add(1 + node.Children.Count);
        }

        _items.Add(item);
    }

    private void Open(in BbCodeToken token)
    {
        var tag = token.Tag!;
        switch (tag.Kind)
        {
            case BbCodeTagKind.ListItem:
                OpenListItem(token);
                return;
            case BbCodeTagKind.TableRow when Top?.Tag.Kind != BbCodeTagKind.Table:
            case BbCodeTagKind.TableData or BbCodeTagKind.TableHeader when Top?.Tag.Kind != BbCodeTagKind.TableRow:
            case BbCodeTagKind.Heading when BbCodeContainers.HeadingLevel(_source.AsSpan(token.OptionStart, token.OptionEnd - token.OptionStart)) == 0:
                AddText(token.Start, token.End);
                return;
        }

        if (!tag.IsBlockLevel)
        {
            if (_open[(int)tag.Kind] >= tag.NestingLimit)
            {
                AddText(token.Start, token.End);
                return;
            }
        }
        else if (_blockDepth >= _maxDepth)
        {
            Suppress(tag.Kind);
            return;
        }

        Push(token);
    }

    /// <summary><c>[*]</c> ends the current item of the nearest list (and inline tags open in it) and starts the next.</summary>
    private void OpenListItem(in BbCodeToken token)
    {
        var index = _stack.Count - 1;
        while (index >= 0 && _stack[index].Tag.Kind is not (BbCodeTagKind.List or BbCodeTagKind.ListItem))
        {
            if (_stack[index].Tag.IsBlockLevel)
            {
                index = -1;
                break;
            }

            index--;
        }

        if (index < 0)
        {
            AddText(token.Start, token.End);
            return;
        }

        while (_stack.Count - 1 > index)
        {
            CloseTop(token.Start);
        }

        if (_stack[index].Tag.Kind == BbCodeTagKind.ListItem)
        {
            CloseTop(token.Start);
        }

        if (_blockDepth < _maxDepth)
        {
            Push(token);
        }
    }

    private void Push(in BbCodeToken token)
    {
        var tag = token.Tag!;
        var parent = Top;
        var hidden = (parent?.Hidden ?? false) || HidesText(token);
        var noLinks = (parent?.NoLinks ?? false) || tag.Kind is BbCodeTagKind.Url or BbCodeTagKind.Email;
        _items.Add(BbCodeItem.Opening(token.Start, token.End));
        _stack.Add(new Frame(token, _items.Count - 1, hidden, noLinks));
        _open[(int)tag.Kind]++;
        if (tag.IsBlockLevel)
        {
            _blockDepth++;
        }
    }

    /// <summary>
    /// Whether the tag makes its text invisible (<see cref="HiddenStyle"/>). Only a tag that is closed somewhere
    /// later counts: an unclosed one is text and formats nothing.
    /// </summary>
    private bool HidesText(in BbCodeToken token)
    {
        var tag = token.Tag!;
        if (tag.Kind is not (BbCodeTagKind.Color or BbCodeTagKind.Size))
        {
            return false;
        }

        var option = _source.AsSpan(token.OptionStart, token.OptionEnd - token.OptionStart);
        var hides = tag.Kind == BbCodeTagKind.Color ? _hiddenStyle.HidesColor(option) : HiddenStyle.HidesSize(option);
        return hides && _tokenizer.HasCloser(tag, token.End);
    }

    /// <summary>Drops a block tag past the depth limit; the deepest block kept counts it so its closing tag is dropped too.</summary>
    private void Suppress(BbCodeTagKind kind)
    {
        for (var index = _stack.Count - 1; index >= 0; index--)
        {
            var frame = _stack[index];
            if (frame.Tag.IsBlockLevel)
            {
                frame.Suppressed ??= new int[BbCodeTagTable.Count];
                frame.Suppressed[(int)kind]++;
                _suppressed[(int)kind]++;
                return;
            }
        }
    }

    private void Close(in BbCodeToken token)
    {
        var kind = token.Tag!.Kind;
        if (kind == BbCodeTagKind.ListItem)
        {
            if (Top?.Tag.Kind == BbCodeTagKind.ListItem)
            {
                CloseTop(token.End);
            }
            else
            {
                AddText(token.Start, token.End);
            }

            return;
        }

        if (_open[(int)kind] == 0 && _suppressed[(int)kind] == 0)
        {
            AddText(token.Start, token.End);
            return;
        }

        var index = _stack.Count - 1;
        var suppressed = false;
        for (; index >= 0; index--)
        {
            var frame = _stack[index];
            if (frame.Suppressed is { } counts && counts[(int)kind] > 0)
            {
                suppressed = true;
                break;
            }

            if (frame.Tag.Kind == kind)
            {
                break;
            }

            if (!CanAutoClose(frame.Tag.Kind, kind))
            {
                index = -1;
                break;
            }
        }

        if (index < 0)
        {
            AddText(token.Start, token.End);
            return;
        }

        while (_stack.Count - 1 > index)
        {
            CloseTop(token.Start);
        }

        if (suppressed)
        {
            _stack[index].Suppressed![(int)kind]--;
            _suppressed[(int)kind]--;
        }
        else
        {
            CloseTop(token.End);
        }
    }

    /// <summary>Whether a closing tag of <paramref name="closer"/> may close an open <paramref name="inner"/> tag with it.</summary>
    private static bool CanAutoClose(BbCodeTagKind inner, BbCodeTagKind closer) => inner switch
    {
        BbCodeTagKind.ListItem => closer == BbCodeTagKind.List,
        BbCodeTagKind.TableData or BbCodeTagKind.TableHeader => closer is BbCodeTagKind.TableRow or BbCodeTagKind.Table,
        BbCodeTagKind.TableRow => closer == BbCodeTagKind.Table,
        _ => !BbCodeTagTable.Get(inner).IsBlockLevel,
    };

    /// <summary>Closes the innermost open tag at <paramref name="end"/> and replaces its items with its node.</summary>
    private void CloseTop(int end)
    {
        var frame = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        Forget(frame);
        var tag = frame.Tag;
        var start = frame.ItemStart + 1;
        var stop = _items.Count;
        List<DocumentNode> children;
        bool isBlock;
        switch (tag.Kind)
        {
            case BbCodeTagKind.List:
                children = Structure(start, stop, frame, BbCodeTagKind.ListItem);
                isBlock = true;
                break;
            case BbCodeTagKind.Table:
                children = Structure(start, stop, frame, BbCodeTagKind.TableRow);
                isBlock = true;
                break;
            case BbCodeTagKind.TableRow:
                children = Structure(start, stop, frame, BbCodeTagKind.TableData);
                isBlock = true;
                break;
            case BbCodeTagKind.Heading:
                isBlock = true;
                children = ContainsBlock(start, stop)
                    ? _grouper.Blocks(_items, start, stop, frame.Hidden, frame.NoLinks)
                    : _grouper.Inlines(_items, start, stop, frame.Hidden, frame.NoLinks);
                break;
            default:
                isBlock = tag.IsBlockLevel || ContainsBlock(start, stop);
                children = isBlock
                    ? _grouper.Blocks(_items, start, stop, frame.Hidden, frame.NoLinks)
                    : _grouper.Inlines(_items, start, stop, frame.Hidden, frame.NoLinks);
                break;
        }

        var node = BbCodeContainers.Make(_source, frame.Open, new SourceSpan(frame.Open.Start, end), children, frame.Hidden);
        _budget.Add(1);
        _items.RemoveRange(frame.ItemStart, _items.Count - frame.ItemStart);
        _items.Add(BbCodeItem.Of(node, isBlock));
    }

    /// <summary>The end of the post with a tag still open: its opening tag is text and its content stays where it is.</summary>
    private void Abandon()
    {
        var frame = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        Forget(frame);
        _items[frame.ItemStart] = BbCodeItem.Text(frame.Open.Start, frame.Open.End);
    }

    private void Forget(Frame frame)
    {
        _open[(int)frame.Tag.Kind]--;
        if (frame.Tag.IsBlockLevel)
        {
            _blockDepth--;
        }

        if (frame.Suppressed is { } counts)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                _suppressed[i] -= counts[i];
            }
        }
    }

    private bool ContainsBlock(int start, int stop)
    {
        for (var i = start; i < stop; i++)
        {
            if (_items[i].IsBlock)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Children of a list, table or row: the parts (items, rows, cells) as they are; anything else between them
    /// that is not white space becomes an item of its own in a list, and paragraphs in a table or row.
    /// </summary>
    private List<DocumentNode> Structure(int start, int stop, Frame frame, BbCodeTagKind part)
    {
        var children = new List<DocumentNode>();
        var runStart = start;
        for (var i = start; i <= stop; i++)
        {
            var isPart = i < stop && _items[i].Node is { } node && IsPart(node, part);
            if (i < stop && !isPart)
            {
                continue;
            }

            if (i > runStart && _grouper.HasContent(_items, runStart, i))
            {
                var blocks = _grouper.Blocks(_items, runStart, i, frame.Hidden, frame.NoLinks);
                if (part == BbCodeTagKind.ListItem && blocks.Count > 0)
                {
                    children.Add(new ListItemNode { Span = new SourceSpan(blocks[0].Span.Start, blocks[^1].Span.End), Hidden = frame.Hidden, Content = blocks });
                    _budget.Add(1);
                }
                else
                {
                    children.AddRange(blocks);
                }
            }

            if (isPart)
            {
                children.Add(_items[i].Node!);
            }

            runStart = i + 1;
        }

        return children;
    }

    private static bool IsPart(DocumentNode node, BbCodeTagKind part) => part switch
    {
        BbCodeTagKind.ListItem => node is ListItemNode,
        BbCodeTagKind.TableRow => node is TableRowNode,
        _ => node is TableCellNode,
    };

    /// <summary>An open tag: where its placeholder is in the item list, and what it passes on to its content.</summary>
    private sealed class Frame(BbCodeToken open, int itemStart, bool hidden, bool noLinks)
    {
        public BbCodeToken Open { get; } = open;

        public BbCodeTag Tag { get; } = open.Tag!;

        public int ItemStart { get; } = itemStart;

        public bool Hidden { get; } = hidden;

        public bool NoLinks { get; } = noLinks;

        public int[]? Suppressed { get; set; }
    }
}
