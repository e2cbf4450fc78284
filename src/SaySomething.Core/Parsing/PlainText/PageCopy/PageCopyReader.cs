using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.Text;

namespace SaySomething.Core.Parsing.PlainText.PageCopy;

/// <summary>
/// Reads plain text line by line, recognising what a browser copy of a rendered forum page holds besides the
/// poster's words: consent placeholders (embeds), link cards, quotes, app signatures and page chrome. The rest is
/// read as <see cref="PlainTextReader.ReadParagraphs"/> reads it. One pass over the lines; every rule looks at most a
/// few lines ahead or behind, except quotes, whose ends are found with one backward pass, so time is linear.
/// </summary>
internal sealed class PageCopyReader
{
    private readonly string _source;
    private readonly List<TextLine> _lines;
    private readonly List<DocumentNode> _top = [];
    private readonly List<DocumentNode> _inlines = [];
    private int _paragraphStart = -1;
    private int _nodes;

    // The open quote, if any.
    private List<DocumentNode>? _quote;
    private int _quoteStart;
    private int _quoteEndLine;
    private string? _quoteAuthor;

    // Where an unattributed quote closed by "Click to expand..." would begin in _top.
    private int _quoteableFrom;

    // For each line, the index of the next "Click to expand..." line and the next quote header at or after it.
    private int[]? _nextClick;
    private int[]? _nextHeader;

    private readonly Func<int, bool> _isOtherElement;

    private PageCopyReader(string source, int start, int end)
    {
        _source = source;
        _lines = TextLine.Split(source, start, end);
        _isOtherElement = IsOtherElement;
    }

    /// <summary>
    /// Reads <c>source[start..end]</c>; returns null when the document would exceed <paramref name="maxNodes"/>.
    /// Quotes (two levels of containers) are made only when <paramref name="maxDepth"/> allows them.
    /// </summary>
    public static List<DocumentNode>? Read(string source, int start, int end, int maxNodes, int maxDepth)
    {
        var reader = new PageCopyReader(source, start, end);
        return reader.Run(maxNodes, quotes: maxDepth >= 2) ? reader._top : null;
    }

    private bool Run(int maxNodes, bool quotes)
    {
        var span = _source.AsSpan(_lines[0].Start, _lines[^1].End - _lines[0].Start);
        var mayQuote = quotes && (span.Contains(" said:", StringComparison.Ordinal) || span.Contains("to expand", StringComparison.OrdinalIgnoreCase));
        if (mayQuote)
        {
            IndexQuotes();
        }

        for (var i = 0; i < _lines.Count; i++)
        {
            if (_nodes > maxNodes)
            {
                return false;
            }

            var line = _lines[i];
            if (line.IsBlank)
            {
                FlushParagraph();
                CloseQuoteAfter(i);
                continue;
            }

            i = ReadLine(i, mayQuote);
            CloseQuoteAfter(i);
        }

        FlushParagraph();
        CloseQuote(clickLine: -1);
        return _nodes <= maxNodes;
    }

    // Reads the element starting at line i; returns the last line it used.
    private int ReadLine(int i, bool mayQuote)
    {
        var line = _lines[i];
        if (mayQuote)
        {
            if (_nextClick![i] == i)
            {
                FlushParagraph();
                ReadClickToExpand(i);
                return i;
            }

            if (_quote is null && _nextHeader![i] == i && CopiedQuoteRule.IsHeader(_source, line, out var name))
            {
                FlushParagraph();
                OpenQuote(i, name);
                return i;
            }
        }

        if (ConsentPlaceholderRule.TryMatch(_source, _lines, i, out var consent))
        {
            FlushParagraph();
            AddConsent(consent);
            return consent.LastLine;
        }

        if (CopiedLinkCardRule.TryMatch(_source, _lines, i, _isOtherElement, out var card))
        {
            FlushParagraph();
            AddCard(card);
            return card.LastLine;
        }

        if (SignatureRule.IsSignature(_source, line))
        {
            FlushParagraph();
            AddBoilerplate(BoilerplateKind.Signature, line);
            return i;
        }

        if (PageChromeRule.IsChrome(_source, _lines, i))
        {
            FlushParagraph();
            AddBoilerplate(BoilerplateKind.PageChrome, line);
            return i;
        }

        AddTextLine(line);
        return i;
    }

    private bool IsOtherElement(int i)
    {
        var line = _lines[i];
        return ConsentPlaceholderRule.StartsPlaceholder(_source, line)
            || CopiedQuoteRule.IsHeader(_source, line, out _)
            || CopiedQuoteRule.IsClickToExpand(_source, line)
            || SignatureRule.IsSignature(_source, line)
            || PageChromeRule.IsChrome(_source, _lines, i);
    }

    private void IndexQuotes()
    {
        _nextClick = new int[_lines.Count + 1];
        _nextHeader = new int[_lines.Count + 1];
        _nextClick[_lines.Count] = -1;
        _nextHeader[_lines.Count] = -1;
        for (var i = _lines.Count - 1; i >= 0; i--)
        {
            var line = _lines[i];
            _nextClick[i] = CopiedQuoteRule.IsClickToExpand(_source, line) ? i : _nextClick[i + 1];
            _nextHeader[i] = CopiedQuoteRule.IsHeader(_source, line, out _) ? i : _nextHeader[i + 1];
        }
    }

    private void OpenQuote(int header, SourceRange name)
    {
        var click = _nextClick![header + 1];
        var nextHeader = _nextHeader![header + 1];
        _quoteEndLine = click >= 0 && (nextHeader < 0 || click < nextHeader)
            ? click
            : CopiedQuoteRule.ParagraphEnd(_source, _lines, header);
        _quote = [];
        _quoteStart = _lines[header].TrimStart;
        _quoteAuthor = _source[name.Start..name.End];
        var line = _lines[header];
        _quote.Add(Boilerplate(BoilerplateKind.QuoteHeader, line));
        _nodes += 2;
    }

    private void ReadClickToExpand(int i)
    {
        if (_quote is not null)
        {
            CloseQuote(clickLine: i);
            return;
        }

        // "Click to expand..." without a header: an unattributed quote from the start of the post or the last quote.
        var quoted = _top.GetRange(_quoteableFrom, _top.Count - _quoteableFrom);
        _top.RemoveRange(_quoteableFrom, _top.Count - _quoteableFrom);
        quoted.Add(Boilerplate(BoilerplateKind.ClickToExpand, _lines[i]));
        _top.Add(new QuoteNode { Span = new SourceSpan(quoted[0].Span.Start, _lines[i].TrimEnd), Content = quoted });
        _nodes += 2;
        _quoteableFrom = _top.Count;
    }

    private void CloseQuoteAfter(int line)
    {
        if (_quote is not null && line >= _quoteEndLine)
        {
            FlushParagraph();
            CloseQuote(clickLine: -1);
        }
    }

    private void CloseQuote(int clickLine)
    {
        if (_quote is null)
        {
            return;
        }

        FlushParagraph();
        if (clickLine >= 0)
        {
            _quote.Add(Boilerplate(BoilerplateKind.ClickToExpand, _lines[clickLine]));
            _nodes++;
        }

        var end = _quote[^1].Span.End;
        _top.Add(new QuoteNode { Span = new SourceSpan(_quoteStart, end), Attribution = new QuoteAttribution(_quoteAuthor), Content = _quote });
        _quote = null;
        _quoteableFrom = _top.Count;
    }

    private List<DocumentNode> Target => _quote ?? _top;

    private void AddTextLine(TextLine line)
    {
        if (_paragraphStart < 0)
        {
            _paragraphStart = line.Start;
        }
        else
        {
            _inlines.Add(new LineBreakNode { Span = new SourceSpan(line.Start - 1, line.Start) });
        }

        TextRunLinker.AppendVerbatim(_source, line.Start, line.End, _inlines);
    }

    private void FlushParagraph()
    {
        if (_inlines.Count > 0)
        {
            var end = _inlines[^1].Span.End;
            Target.Add(new ParagraphNode { Span = new SourceSpan(_paragraphStart, end), Content = [.. _inlines] });
            _nodes += _inlines.Count + 1;
            _inlines.Clear();
        }

        _paragraphStart = -1;
    }

    private void AddConsent(ConsentPlaceholderRule.Match match)
    {
        var first = _lines[match.FirstLine];
        var last = _lines[match.LastLine];
        var placeholder = new SourceSpan(first.TrimStart, last.TrimEnd);
        if (match.UrlLine >= 0)
        {
            var url = _lines[match.UrlLine];
            var urlSpan = new SourceSpan(url.TrimStart, url.TrimEnd);
            Target.Add(new LinkNode { Origin = LinkOrigin.MediaEmbed, Span = new SourceSpan(url.TrimStart, last.TrimEnd), UrlSpan = urlSpan, Url = _source[url.TrimStart..url.TrimEnd] });
        }
        else
        {
            Target.Add(new LinkNode { Origin = LinkOrigin.MediaEmbed, Span = placeholder });
        }

        Target.Add(new BoilerplateNode { Boilerplate = BoilerplateKind.ConsentPlaceholder, Span = placeholder, Text = LinesText(match.FirstLine, match.LastLine) });
        _nodes += 2;
    }

    private void AddCard(CopiedLinkCardRule.Match match)
    {
        var site = _lines[match.SiteLine];
        var title = _lines[match.TitleLine];
        Target.Add(new LinkCardNode
        {
            Span = new SourceSpan(site.TrimStart, _lines[match.LastLine].TrimEnd),
            Site = _source[site.TrimStart..site.TrimEnd],
            Title = _source[title.TrimStart..title.TrimEnd],
            Description = match.FirstDescriptionLine < 0 ? null : LinesText(match.FirstDescriptionLine, match.LastLine),
        });
        _nodes++;
    }

    private void AddBoilerplate(BoilerplateKind kind, TextLine line)
    {
        Target.Add(Boilerplate(kind, line));
        _nodes++;
    }

    private BoilerplateNode Boilerplate(BoilerplateKind kind, TextLine line) =>
        new() { Boilerplate = kind, Span = new SourceSpan(line.TrimStart, line.TrimEnd), Text = _source[line.TrimStart..line.TrimEnd] };

    // The trimmed non-blank lines first..last joined with '\n', as a reader sees them.
    private string LinesText(int first, int last)
    {
        if (first == last)
        {
            return _source[_lines[first].TrimStart.._lines[first].TrimEnd];
        }

        var parts = new List<string>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            if (!_lines[i].IsBlank)
            {
                parts.Add(_source[_lines[i].TrimStart.._lines[i].TrimEnd]);
            }
        }

        return string.Join('\n', parts);
    }
}
