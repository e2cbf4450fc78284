using SaySomething.Core.Documents;
using SaySomething.Core.Links;
using SaySomething.Core.Parsing.Text;

namespace SaySomething.Core.Parsing.BbCode;

/// <summary>
/// Turns a container's items into child nodes. In block containers (the post, a quote, a spoiler, a list item, a
/// cell, an alignment) text and inline nodes between blocks are split into paragraphs at blank lines, as
/// <see cref="PlainText.PlainTextReader"/> does; a single line break stays inside its paragraph as a
/// <see cref="LineBreakNode"/>, and white space around blocks (the line breaks after <c>[/QUOTE]</c>) is dropped.
/// Inline containers keep every line break. Text is auto-linked with <see cref="TextRunLinker"/>, except inside
/// titled links and <c>[PLAIN]</c>.
/// </summary>
internal sealed class ParagraphGrouper(NodeBudget budget)
{
    private readonly List<DocumentNode> _paragraph = new(16);
    private string _source = "";

    /// <summary>Starts on another post.</summary>
    public void Reset(string text)
    {
        _source = text;
        _paragraph.Clear();
    }

    /// <summary>Groups <paramref name="items"/> into paragraphs and blocks.</summary>
    public List<DocumentNode> Blocks(List<BbCodeItem> items, int start, int end, bool hidden, bool noLinks)
    {
        var result = new List<DocumentNode>();
        var state = new LineState();
        for (var index = start; index < end; index++)
        {
            var item = items[index];
            if (item.Kind == BbCodeItemKind.Node)
            {
                if (item.IsBlock)
                {
                    Flush(result, ref state, hidden);
                    result.Add(item.Node!);
                }
                else
                {
                    BeginContent(ref state, item.Start, hidden);
                    _paragraph.Add(item.Node!);
                }

                continue;
            }

            var position = item.Start;
            var textEnd = Coalesce(items, ref index, end);
            var linked = item.Kind == BbCodeItemKind.Text && !noLinks;
            while (true)
            {
                var newline = _source.AsSpan(position, textEnd - position).IndexOf('\n');
                var chunkEnd = newline < 0 ? textEnd : position + newline;
                var contentEnd = newline >= 0 && chunkEnd > position && _source[chunkEnd - 1] == '\r' ? chunkEnd - 1 : chunkEnd;
                if (contentEnd > position)
                {
                    if (_source.AsSpan(position, contentEnd - position).IsWhiteSpace())
                    {
                        state.SpaceStart = state.SpaceStart < 0 ? position : state.SpaceStart;
                        state.SpaceEnd = contentEnd;
                    }
                    else
                    {
                        BeginContent(ref state, position, hidden);
                        AppendText(position, contentEnd, linked, hidden, _paragraph);
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                state.SpaceStart = -1;
                if (state.Open)
                {
                    if (state.PendingBreak < 0)
                    {
                        state.PendingBreak = chunkEnd;
                    }
                    else
                    {
                        Flush(result, ref state, hidden);
                    }
                }

                position = chunkEnd + 1;
            }
        }

        Flush(result, ref state, hidden);
        return result;
    }

    /// <summary>Keeps <paramref name="items"/> inline: text, nodes and a line break for every newline.</summary>
    public List<DocumentNode> Inlines(List<BbCodeItem> items, int start, int end, bool hidden, bool noLinks)
    {
        var result = new List<DocumentNode>();
        for (var index = start; index < end; index++)
        {
            var item = items[index];
            if (item.Kind == BbCodeItemKind.Node)
            {
                result.Add(item.Node!);
                continue;
            }

            var position = item.Start;
            var textEnd = Coalesce(items, ref index, end);
            var linked = item.Kind == BbCodeItemKind.Text && !noLinks;
            while (true)
            {
                var newline = _source.AsSpan(position, textEnd - position).IndexOf('\n');
                var chunkEnd = newline < 0 ? textEnd : position + newline;
                var contentEnd = newline >= 0 && chunkEnd > position && _source[chunkEnd - 1] == '\r' ? chunkEnd - 1 : chunkEnd;
                AppendText(position, contentEnd, linked, hidden, result);
                if (newline < 0)
                {
                    break;
                }

                result.Add(new LineBreakNode { Span = new SourceSpan(chunkEnd, chunkEnd + 1), Hidden = hidden });
                budget.Add(1);
                position = chunkEnd + 1;
            }
        }

        return result;
    }

    /// <summary>Whether the items hold anything but white space.</summary>
    public bool HasContent(List<BbCodeItem> items, int start, int end)
    {
        for (var index = start; index < end; index++)
        {
            var item = items[index];
            if (item.Kind == BbCodeItemKind.Node || !_source.AsSpan(item.Start, item.End - item.Start).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of the text run starting at <paramref name="index"/>: text items that follow each other in the
    /// source (an opening tag left unclosed and the text after it) are one run. Leaves the index on its last item.
    /// </summary>
    private static int Coalesce(List<BbCodeItem> items, ref int index, int end)
    {
        var kind = items[index].Kind;
        var textEnd = items[index].End;
        while (index + 1 < end && items[index + 1].Kind == kind && items[index + 1].Start == textEnd)
        {
            index++;
            textEnd = items[index].End;
        }

        return textEnd;
    }

    private void AppendText(int start, int end, bool linked, bool hidden, List<DocumentNode> into)
    {
        if (end <= start)
        {
            return;
        }

        var before = into.Count;

        // The extractor only ever starts at one of AnchorSearch's anchors ('.' before a visible character, ":/",
        // '@'); most lines of prose have none, and skipping the linker for them halves the reader's time.
        if (linked && AnchorSearch.Next(_source.AsSpan(start, end - start), 0) >= 0)
        {
            TextRunLinker.AppendVerbatim(_source, start, end, into, hidden);
        }
        else
        {
            into.Add(TextNode.OfSource(_source, new SourceSpan(start, end), hidden));
        }

        budget.Add(into.Count - before);
    }

    private void BeginContent(ref LineState state, int start, bool hidden)
    {
        if (!state.Open)
        {
            state.Open = true;
            state.ParagraphStart = state.SpaceStart >= 0 ? state.SpaceStart : start;
        }

        if (state.PendingBreak >= 0)
        {
            _paragraph.Add(new LineBreakNode { Span = new SourceSpan(state.PendingBreak, state.PendingBreak + 1), Hidden = hidden });
            budget.Add(1);
            state.PendingBreak = -1;
        }

        if (state.SpaceStart >= 0)
        {
            AppendText(state.SpaceStart, state.SpaceEnd, false, hidden, _paragraph);
            state.SpaceStart = -1;
        }
    }

    private void Flush(List<DocumentNode> result, ref LineState state, bool hidden)
    {
        if (state.Open && _paragraph.Count > 0)
        {
            result.Add(new ParagraphNode { Span = new SourceSpan(state.ParagraphStart, _paragraph[^1].Span.End), Content = [.. _paragraph], Hidden = hidden });
            budget.Add(1);
        }

        _paragraph.Clear();
        state = new LineState();
    }

    /// <summary>Where the current paragraph and line are: white space and a line break wait until content follows them.</summary>
    private struct LineState()
    {
        public bool Open;
        public int ParagraphStart;
        public int PendingBreak = -1;
        public int SpaceStart = -1;
        public int SpaceEnd;
    }
}
