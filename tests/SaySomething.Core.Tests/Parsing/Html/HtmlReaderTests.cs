using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.Html;

namespace SaySomething.Core.Tests.Parsing.Html;

public sealed class HtmlReaderTests
{
    private static readonly HtmlReader Reader = new();

    private static PostDocument Read(string html, ReaderLimits? limits = null)
    {
        var document = Reader.Read(html, limits ?? ReaderLimits.Default);
        HtmlTestSupport.AssertSpansNest(document);
        return document;
    }

    [Fact]
    public void Format_IsHtml()
    {
        Assert.Equal(MarkupFormat.Html, Reader.Format);
    }

    [Fact]
    public void PostReaderDefault_HtmlFormat_UsesHtmlReader()
    {
        var document = PostReader.Default.Read("<p>Hi <b>there</b></p>", MarkupFormat.Html);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
        Assert.Contains(HtmlTestSupport.Flatten(document), n => n is StyledNode { Style: TextStyle.Bold });
    }

    [Fact]
    public void Read_VerbatimText_TextEqualsSourceAtSpan()
    {
        const string html = "<div class=\"bbWrapper\">One <i>two</i> three<br />\nfour</div>";

        var document = Read(html);

        var texts = HtmlTestSupport.Flatten(document).OfType<TextNode>().ToList();
        Assert.Equal(["One ", "two", " three", "four"], texts.Select(t => t.Text));
        Assert.All(texts, t => Assert.Equal(t.Text, html[t.Span.Start..t.Span.End]));
    }

    [Fact]
    public void Read_CrLfInText_ReadsLfAndKeepsWholeRange()
    {
        const string html = "<p>line one\r\nline two</p>";

        var document = Read(html);

        var text = Assert.Single(HtmlTestSupport.Flatten(document).OfType<TextNode>());
        Assert.Equal("line one\nline two", text.Text);
        Assert.Equal(new SourceSpan(3, 21), text.Span);
    }

    [Fact]
    public void Read_LegacyEntityWithoutSemicolon_IsDecodedAndLocated()
    {
        const string html = "<p>Tom &amp Jerry &copy 1940</p>";

        var document = Read(html);

        var text = Assert.Single(HtmlTestSupport.Flatten(document).OfType<TextNode>());
        Assert.Equal("Tom & Jerry © 1940", text.Text);
        Assert.Equal(new SourceSpan(3, 28), text.Span);
    }

    [Fact]
    public void Read_CommentInsideText_SecondRunFoundAfterComment()
    {
        const string html = "<p>before<!-- note -->after</p>";

        var document = Read(html);

        var texts = HtmlTestSupport.Flatten(document).OfType<TextNode>().ToList();
        Assert.Equal(new SourceSpan(3, 9), texts[0].Span);
        Assert.Equal(new SourceSpan(22, 27), texts[1].Span);
    }

    [Fact]
    public void Read_UnknownMediaSite_KeepsSiteAndKeyWithoutUrl()
    {
        const string html = "<div class=\"bbMediaWrapper\" data-media-site-id=\"nosuchsite\" data-media-key=\"k123\"></div>";

        var document = Read(html);

        var link = Assert.IsType<LinkNode>(Assert.Single(document.Content));
        Assert.Equal(LinkOrigin.MediaEmbed, link.Origin);
        Assert.Null(link.Url);
        Assert.Equal("nosuchsite", link.MediaSite);
        Assert.Equal("k123", link.MediaKey);
    }

    [Fact]
    public void Read_MediaWrapperWithUnknownSiteAndIframe_UsesIframeAddress()
    {
        const string html = "<div class=\"bbMediaWrapper\" data-media-site-id=\"nosuchsite\" data-media-key=\"k1\"><iframe src=\"https://player.example.net/k1\"></iframe></div>";

        var document = Read(html);

        var link = Assert.IsType<LinkNode>(Assert.Single(document.Content));
        Assert.Equal("https://player.example.net/k1", link.Url);
        Assert.Equal("https://player.example.net/k1", html[link.UrlSpan.Start..link.UrlSpan.End]);
    }

    [Fact]
    public void Read_TwitterMediaEmbed_ResolvesStatusUrl()
    {
        const string html = "<div class=\"bbMediaJustifier\" data-media-site-id=\"twitter\" data-media-key=\"1899000000000000000\"><div class=\"bbMediaWrapper-inner\"></div></div>";

        var document = Read(html);

        var link = Assert.IsType<LinkNode>(Assert.Single(document.Content));
        Assert.NotNull(link.Url);
        Assert.Contains("1899000000000000000", link.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuoteOnlyReply_QuotedTextIsInsideQuoteNode()
    {
        const string html = "<blockquote data-attributes=\"member: 12\" data-quote=\"bob\" data-source=\"post: 98700\" class=\"bbCodeBlock bbCodeBlock--quote\"><div class=\"bbCodeBlock-content\"><div class=\"bbCodeBlock-expandContent\">Has anyone seen this?</div></div></blockquote>";

        var document = Read(html);

        var quote = Assert.IsType<QuoteNode>(Assert.Single(document.Content));
        Assert.Equal(new QuoteAttribution("bob", "98700", "12"), quote.Attribution);
        Assert.Equal(new SourceSpan(0, html.Length), quote.Span);
    }

    [Fact]
    public void Read_NestedQuotesBeyondMaxDepth_FlattenedAndTextKept()
    {
        var limits = ReaderLimits.Default with { MaxDepth = 8 };
        var html = string.Concat(Enumerable.Repeat("<blockquote>", 50)) + "deep words" + string.Concat(Enumerable.Repeat("</blockquote>", 50));

        var document = Read(html, limits);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
        var quotes = HtmlTestSupport.Flatten(document).OfType<QuoteNode>().Count();
        Assert.Equal(8, quotes);
        Assert.Contains(HtmlTestSupport.Flatten(document), n => n is TextNode { Text: "deep words" });
        Assert.True(HtmlTestSupport.Depth(document) <= limits.MaxDepth + 2);
    }

    [Fact]
    public void Read_FourHundredNestedDivsWithQuotes_FlattenedBelowMaxDepth()
    {
        var html = string.Concat(Enumerable.Repeat("<div><blockquote>", 200)) + "innermost";

        var document = Read(html);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
        Assert.Equal(ReaderLimits.Default.MaxDepth, HtmlTestSupport.Flatten(document).OfType<QuoteNode>().Count());
        Assert.True(HtmlTestSupport.Depth(document) <= ReaderLimits.Default.MaxDepth + 2);
        Assert.Contains(HtmlTestSupport.Flatten(document), n => n is TextNode { Text: "innermost" });
    }

    [Fact]
    public void Read_NestingPastParserLimit_ReadAsPlainTextWithNote()
    {
        var limit = HtmlReader.ParserNestingLimit(ReaderLimits.Default);
        var html = string.Concat(Enumerable.Repeat("<span>", limit + 1)) + "x";

        var document = Reader.Read(html, ReaderLimits.Default);

        Assert.Equal(ReadOutcome.ReadAsPlainText, document.Outcome);
        Assert.Contains("deep", document.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ManyUnclosedParagraphsAndItems_NotMistakenForNesting()
    {
        var html = "<ul>" + string.Concat(Enumerable.Repeat("<li><p>item", 2_000)) + "</ul>";

        var document = Reader.Read(html, ReaderLimits.Default);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
        Assert.Equal(2_000, HtmlTestSupport.Flatten(document).OfType<ListItemNode>().Count());
    }

    [Fact]
    public void Read_MoreNodesThanLimit_ReadAsPlainTextWithNote()
    {
        var limits = ReaderLimits.Default with { MaxNodes = 100 };
        var html = string.Concat(Enumerable.Repeat("<p>word</p>", 200));

        var document = Reader.Read(html, limits);

        Assert.Equal(ReadOutcome.ReadAsPlainText, document.Outcome);
        Assert.Equal(MarkupFormat.Html, document.Format);
        Assert.Contains("100", document.Note, StringComparison.Ordinal);
        Assert.NotEmpty(document.Content);
    }

    [Fact]
    public void Read_ParseBudgetExceeded_ReadAsPlainTextWithNote()
    {
        var limits = ReaderLimits.Default with { ParseBudget = TimeSpan.FromTicks(1) };
        var html = string.Concat(Enumerable.Repeat("<p>some words here</p>", 500));

        var document = Reader.Read(html, limits);

        Assert.Equal(ReadOutcome.ReadAsPlainText, document.Outcome);
        Assert.Contains("longer than", document.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HiddenContainer_AllDescendantsHidden()
    {
        const string html = "<div style=\"display: none !important\"><p>a <b>b <a href=\"https://x.example.com/\">c</a></b></p><ul><li>d</li></ul></div>";

        var document = Read(html);

        var nodes = HtmlTestSupport.Flatten(document);
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.True(n.Hidden, $"{n.Kind} {n.Span} is not hidden"));
    }

    [Fact]
    public void Read_HiddenQuote_QuoteAndContentHidden()
    {
        const string html = "<blockquote hidden>secret</blockquote><p>open</p>";

        var document = Read(html);

        Assert.True(document.Content[0].Hidden);
        Assert.All(HtmlTestSupport.Flatten(document).Take(3), n => Assert.True(n.Hidden));
        Assert.False(document.Content[1].Hidden);
    }

    [Fact]
    public void Read_EmptyAndWhitespace_NoContent()
    {
        Assert.Empty(Read("").Content);
        Assert.Empty(Read(" \n\t ").Content);
        Assert.Empty(Read("<div>  </div><p>\n</p>").Content);
    }

    [Fact]
    public void Read_FullPageWithHead_ReadsBodyOnly()
    {
        const string html = "<!DOCTYPE html><html><head><title>Thread title</title><meta charset=\"utf-8\"></head><body><p>Body words.</p></body></html>";

        var document = Read(html);

        var text = Assert.Single(HtmlTestSupport.Flatten(document).OfType<TextNode>());
        Assert.Equal("Body words.", text.Text);
        Assert.Equal("Body words.", html[text.Span.Start..text.Span.End]);
    }

    [Fact]
    public void Read_TitledLinkTextWithAddress_NoNestedLink()
    {
        const string html = "<a href=\"https://a.example.com/x?utm_source=feed\">see a.example.com/x</a>";

        var document = Read(html);

        var links = HtmlTestSupport.Flatten(document).OfType<LinkNode>().ToList();
        var link = Assert.Single(links);
        Assert.Equal(LinkOrigin.TitledLink, link.Origin);
    }

    [Theory]
    [InlineData("https://example.com/a", "https://example.com/a", true)]
    [InlineData("example.com/a", "https://www.example.com/a/", true)]
    [InlineData("https://example.com/very/long/pa…", "https://example.com/very/long/path/to/page", true)]
    [InlineData("the docs", "https://example.com/a", false)]
    [InlineData("example.com/b", "https://example.com/a", false)]
    public void SameAddress_TextAndHref_Expected(string text, string href, bool expected)
    {
        Assert.Equal(expected, HtmlTreeBuilder.SameAddress(text, href));
    }

    [Theory]
    [InlineData("display:none", true)]
    [InlineData("DISPLAY : NONE", true)]
    [InlineData("color: red; display: none !important", true)]
    [InlineData("visibility:hidden", true)]
    [InlineData("font-size: 0", true)]
    [InlineData("font-size:4px", true)]
    [InlineData("font-size: 3pt", true)]
    [InlineData("font-size: 0.2em", true)]
    [InlineData("color: transparent", true)]
    [InlineData("color: rgba(0, 0, 0, 0)", true)]
    [InlineData("opacity: 0", true)]
    [InlineData("opacity: 0.01", false)]
    [InlineData("font-size: 5px", false)]
    [InlineData("font-size: 12pt", false)]
    [InlineData("display: block", false)]
    [InlineData("color: #000", false)]
    [InlineData("color: rgba(0, 0, 0, 0.5)", false)]
    [InlineData("", false)]
    [InlineData("garbage;;:;", false)]
    public void IsHidden_Style_Expected(string style, bool expected)
    {
        Assert.Equal(expected, HtmlStyle.IsHidden(style));
    }

    [Theory]
    [InlineData("<p>a</p>")]
    [InlineData("<<<>>>&&&;;")]
    [InlineData("<a href=\"")]
    [InlineData("<div class=\"bbCodeBlock--unfurl\">")]
    [InlineData("<aside class=\"onebox\"><h3>")]
    [InlineData("<blockquote class=\"bbCodeBlock--quote\" data-source=\":\">")]
    [InlineData("&#0;&#xD800;&#1114112;&#x80;&bogus;&")]
    [InlineData("\0<p>\0x\0</p>")]
    [InlineData("<table><tr><td><table><tr><td>x</table>y</table>")]
    [InlineData("<p><b><i>x</b>y</i>z</p>")]
    [InlineData("<svg><p>x</p></svg><math><mi>y</mi></math>")]
    [InlineData("<pre>\nx</pre><textarea>\n<b>y</b></textarea>")]
    [InlineData("<frameset><frame></frameset>")]
    public void Read_MalformedInput_ReadWithNestedSpans(string html)
    {
        var document = Read(html);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
    }
}
