using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.BbCode;

namespace SaySomething.Core.Tests.Parsing.BbCode;

public sealed class BbCodeReaderTests
{
    private static readonly BbCodeReader Reader = new();

    internal static IEnumerable<DocumentNode> Descendants(DocumentNode root)
    {
        var stack = new Stack<DocumentNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            foreach (var child in node.Children)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Every span inside the source and inside its parent's; text nodes equal the source at their span.</summary>
    internal static void AssertWellFormed(PostDocument document)
    {
        var stack = new Stack<(DocumentNode Node, SourceSpan Parent)>();
        stack.Push((document, new SourceSpan(0, document.Source.Length)));
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            Assert.True(node.Span.Start >= 0 && node.Span.End <= document.Source.Length && node.Span.Start <= node.Span.End, $"{node.Kind} {node.Span}");
            Assert.True(parent.Contains(node.Span), $"{node.Kind} {node.Span} outside {parent}");
            if (node is TextNode text)
            {
                Assert.Equal(document.Source[node.Span.Start..node.Span.End], text.Text);
            }

            if (node is LinkNode { UrlSpan.IsEmpty: false } link)
            {
                Assert.True(node.Span.Contains(link.UrlSpan));
            }

            foreach (var child in node.Children)
            {
                stack.Push((child, node.Span));
            }
        }
    }

    [Fact]
    public void Format_IsBbCode()
    {
        Assert.Equal(MarkupFormat.BbCode, Reader.Format);
    }

    [Fact]
    public void PostReaderDefault_BbCode_UsesThisReader()
    {
        var document = PostReader.Default.Read("[QUOTE]x[/QUOTE]", MarkupFormat.BbCode);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
        Assert.IsType<QuoteNode>(Assert.Single(document.Content));
    }

    [Fact]
    public void Read_WindowsLineEndings_SplitsParagraphsAndDropsCarriageReturns()
    {
        var document = Reader.Read("One\r\ntwo\r\n\r\n[b]three[/b]\r\n", ReaderLimits.Default);

        Assert.Equal(2, document.Content.Count);
        var first = Assert.IsType<ParagraphNode>(document.Content[0]);
        Assert.Equal(["One", "two"], first.Content.OfType<TextNode>().Select(t => t.Text));
        Assert.Equal(new SourceSpan(4, 5), Assert.IsType<LineBreakNode>(first.Content[1]).Span);
        AssertWellFormed(document);
    }

    [Fact]
    public void Read_QuotesDeeperThanMaxDepth_AreFlattenedIntoTheDeepestKept()
    {
        const int levels = 10;
        var source = string.Concat(Enumerable.Repeat("[quote]q", levels)) + string.Concat(Enumerable.Repeat("[/quote]", levels)) + " mine";

        var document = Reader.Read(source, ReaderLimits.Default with { MaxDepth = 3 });

        var quotes = Descendants(document).OfType<QuoteNode>().ToList();
        Assert.Equal(3, quotes.Count);
        var deepest = quotes.Single(q => !q.Content.OfType<QuoteNode>().Any());
        var paragraph = Assert.IsType<ParagraphNode>(Assert.Single(deepest.Content));
        Assert.Equal("qqqqqqqq", string.Concat(paragraph.Content.OfType<TextNode>().Select(t => t.Text)));
        Assert.Equal(" mine", Assert.IsType<TextNode>(Assert.Single(Assert.IsType<ParagraphNode>(document.Content[^1]).Content)).Text);
        Assert.DoesNotContain(Descendants(document).OfType<TextNode>(), t => t.Text.Contains("[/quote]", StringComparison.Ordinal));
        AssertWellFormed(document);
    }

    [Fact]
    public void Read_MoreNodesThanMaxNodes_IsReadAsPlainTextWithANote()
    {
        var source = string.Concat(Enumerable.Repeat("[b]x[/b] ", 100));

        var document = Reader.Read(source, ReaderLimits.Default with { MaxNodes = 50 });

        Assert.Equal(ReadOutcome.ReadAsPlainText, document.Outcome);
        Assert.Equal(MarkupFormat.BbCode, document.Format);
        Assert.Contains("50", document.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(Descendants(document), n => n is StyledNode);
    }

    [Fact]
    public void Read_CustomBackground_HidesThatColourOnly()
    {
        var reader = new BbCodeReader("#1b1b1b");

        var document = reader.Read("[color=#1B1B1B]dark[/color] [color=white]light[/color]", ReaderLimits.Default);

        var styled = Descendants(document).OfType<StyledNode>().ToList();
        Assert.True(styled.Single(s => s.Value == "#1B1B1B").Hidden);
        Assert.False(styled.Single(s => s.Value == "white").Hidden);
    }

    [Theory]
    [InlineData("not a colour")]
    [InlineData("transparent")]
    public void Constructor_BadBackground_Throws(string background)
    {
        Assert.Throws<ArgumentException>(() => new BbCodeReader(background));
    }

    [Fact]
    public void Read_HiddenColour_HidesEveryDescendant()
    {
        var document = Reader.Read("[color=transparent]a [url=https://x.com]b[/url] [list][*]c[/list] [code]d[/code][/color]", ReaderLimits.Default);

        var styled = Assert.IsType<StyledNode>(Assert.Single(document.Content));
        Assert.All(Descendants(styled), n => Assert.True(n.Hidden, $"{n.Kind} {n.Span}"));
    }

    [Fact]
    public void Read_TitledLinkText_IsNotAutoLinked()
    {
        var document = Reader.Read("[url=https://a.com]see https://b.com[/url]", ReaderLimits.Default);

        var links = Descendants(document).OfType<LinkNode>().ToList();
        Assert.Equal("https://a.com", Assert.Single(links).Url);
    }

    [Fact]
    public void Read_UnfurlWithOption_IsALinkCard()
    {
        var document = Reader.Read("[URL=\"https://a.com/x\" unfurl=\"true\"]https://a.com/x[/URL]", ReaderLimits.Default);

        var link = Assert.Single(Descendants(document).OfType<LinkNode>());
        Assert.Equal(LinkOrigin.LinkCard, link.Origin);
        Assert.Equal(new SourceSpan(6, 21), link.UrlSpan);
    }

    [Fact]
    public void Read_MisnestedClosersThenLaterOpeners_DoNotLeakState()
    {
        var document = Reader.Read("[b][i]x[/b][/i][i]y[/i]", ReaderLimits.Default);

        var paragraph = Assert.IsType<ParagraphNode>(Assert.Single(document.Content));
        Assert.Collection(
            paragraph.Content,
            n => Assert.Equal(TextStyle.Bold, Assert.IsType<StyledNode>(n).Style),
            n => Assert.Equal("[/i]", Assert.IsType<TextNode>(n).Text),
            n => Assert.Equal(TextStyle.Italic, Assert.IsType<StyledNode>(n).Style));
    }

    [Fact]
    public void Read_CorpusShapedPost_IsWellFormed()
    {
        var document = Reader.Read(BbCodePathologicalTests.OrdinaryPost(32 * 1024), ReaderLimits.Default);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
        Assert.Contains(Descendants(document), n => n is QuoteNode);
        Assert.Contains(Descendants(document), n => n is LinkNode { Origin: LinkOrigin.MediaEmbed });
        AssertWellFormed(document);
    }

    [Fact]
    public void Read_TagTable_EntriesAreInEnumOrder()
    {
        for (var i = 0; i < BbCodeTagTable.Count; i++)
        {
            Assert.Equal((BbCodeTagKind)i, BbCodeTagTable.Get((BbCodeTagKind)i).Kind);
        }

        Assert.Equal(Enum.GetValues<BbCodeTagKind>().Length, BbCodeTagTable.Count);
    }
}
