using System.Text;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.Markdown;

namespace SaySomething.Core.Tests.Parsing.Markdown;

public sealed class MarkdownReaderTests
{
    private static readonly MarkdownReader Reader = new();

    [Fact]
    public void Default_MarkdownFormat_UsesMarkdownReader()
    {
        var document = PostReader.Default.Read("**hi** there", MarkupFormat.Markdown);

        Assert.Equal(MarkupFormat.Markdown, document.Format);
        Assert.Equal(ReadOutcome.Read, document.Outcome);
        Assert.IsType<StyledNode>(document.Content[0].Children[0]);
    }

    [Fact]
    public void Read_EmptyAndBlank_GiveNoBlocks()
    {
        Assert.Empty(Reader.Read("", ReaderLimits.Default).Content);
        Assert.Empty(Reader.Read(" \n\n \t\n", ReaderLimits.Default).Content);
    }

    [Fact]
    public void Read_MarkdownQuotesDeeperThanMaxDepth_KeepTextFlattenedAtLimit()
    {
        var limits = ReaderLimits.Default with { MaxDepth = 8 };
        var input = new string('>', 40) + " deepest words https://example.org/deep";

        var document = Reader.Read(input, limits);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
        Assert.InRange(MarkdownTreeAssert.ContainerDepth(document), 1, limits.MaxDepth);
        Assert.Contains(MarkdownTreeAssert.All(document), n => n is TextNode { Text: "deepest words " });
        Assert.Contains(MarkdownTreeAssert.All(document), n => n is LinkNode { Url: "https://example.org/deep", Span: { Start: 55, End: 79 } });
        MarkdownTreeAssert.SpansNest(document);
    }

    [Fact]
    public void Read_QuoteTagsDeeperThanMaxDepth_KeepTextFlattenedAtLimit()
    {
        var limits = ReaderLimits.Default with { MaxDepth = 5 };
        var builder = new StringBuilder();
        for (var i = 0; i < 30; i++)
        {
            builder.Append("[quote=\"user").Append(i).Append(", post:").Append(i + 1).Append(", topic:9\"]\n");
        }

        builder.Append("innermost words\n");
        for (var i = 0; i < 30; i++)
        {
            builder.Append("[/quote]\n");
        }

        builder.Append("my reply");

        var document = Reader.Read(builder.ToString(), limits);

        Assert.InRange(MarkdownTreeAssert.ContainerDepth(document), 1, limits.MaxDepth);
        Assert.Equal(limits.MaxDepth, MarkdownTreeAssert.All(document).Count(n => n is QuoteNode));
        Assert.Contains(MarkdownTreeAssert.All(document), n => n is TextNode { Text: "innermost words" });
        Assert.IsType<ParagraphNode>(document.Content[^1]);
        MarkdownTreeAssert.SpansNest(document);
    }

    [Fact]
    public void Read_MoreNodesThanMaxNodes_ReadsAsPlainTextWithNote()
    {
        var limits = ReaderLimits.Default with { MaxNodes = 16 };
        var input = string.Join(' ', Enumerable.Range(0, 20).Select(i => $"**w{i}**"));

        var document = Reader.Read(input, limits);

        Assert.Equal(ReadOutcome.ReadAsPlainText, document.Outcome);
        Assert.Contains("16", document.Note, StringComparison.Ordinal);
        Assert.Single(document.Content);
    }

    [Fact]
    public void Read_PostAboveInlineLength_IsReadOnWorkerWithSameTree()
    {
        var input = "Intro with https://example.org/a\n\n" + string.Concat(Enumerable.Repeat("Some **bold** words and a [link](https://example.org/b).\n\n", 60));

        // This test is about the worker giving the same tree, not about time: a generous budget keeps it stable while
        // other tests load both cores.
        var limits = ReaderLimits.Default with { ParseBudget = TimeSpan.FromSeconds(30) };
        var inline = new MarkdownReader(int.MaxValue).Read(input, limits);
        var worker = new MarkdownReader(0).Read(input, limits);

        Assert.True(input.Length > MarkdownReader.DefaultInlineParseLength);
        Assert.Equal(ReadOutcome.Read, worker.Outcome);
        Assert.Equal(DocumentDump.Write(inline), DocumentDump.Write(worker));
    }

    [Theory]
    [InlineData("https://youtu.be/aBcD3fGh1jK", LinkOrigin.MediaEmbed)]
    [InlineData("https://www.youtube.com/shorts/aBcD3fGh1jK", LinkOrigin.MediaEmbed)]
    [InlineData("https://news.example.com/2025/03/story", LinkOrigin.LinkCard)]
    public void Read_AddressAloneOnTopLevelLine_IsOnebox(string url, LinkOrigin origin)
    {
        var document = Reader.Read($"My take first.\n\n{url}\n", ReaderLimits.Default);

        var link = Assert.Single(MarkdownTreeAssert.All(document).OfType<LinkNode>());
        Assert.Equal(origin, link.Origin);
        Assert.Equal(url, link.Url);
        Assert.Equal(new SourceSpan(16, 16 + url.Length), link.Span);
    }

    [Fact]
    public void Read_TwoAddressesOnOneLine_AreNotOneboxes()
    {
        var document = Reader.Read("https://example.org/a https://example.org/b", ReaderLimits.Default);

        Assert.All(MarkdownTreeAssert.All(document).OfType<LinkNode>(), l => Assert.Equal(LinkOrigin.BareUrl, l.Origin));
    }

    [Fact]
    public void Read_CrLfLineEnds_KeepExactSpans()
    {
        var input = "[quote=\"alice, post:3, topic:1234\"]\r\nQuoted.\r\n[/quote]\r\n\r\nSee https://example.org/x\r\n";

        var document = Reader.Read(input, ReaderLimits.Default);

        var quote = Assert.IsType<QuoteNode>(document.Content[0]);
        Assert.Equal("alice", quote.Attribution?.Author);
        var link = Assert.Single(MarkdownTreeAssert.All(document).OfType<LinkNode>());
        Assert.Equal("https://example.org/x", link.Span.Slice(input).ToString());
        MarkdownTreeAssert.SpansNest(document);
    }

    [Fact]
    public void Read_RandomMarkdownSoup_NeverThrowsAndSpansNest()
    {
        string[] pieces =
        [
            "*", "**", "_", "~~", "`", "```\n", "~~~\n", "[", "]", "(", ")", "![", "<", ">", "> ", "\n", "\n\n", "- ", "1. ",
            "# ", "|", "---\n", "\\", "&amp;", "&#x0;", "@bob", ":smile:", "[quote]\n", "[quote=\"a, post:1, topic:2\"]\n",
            "[/quote]", "[spoiler]", "[/spoiler]", "[details=\"t\"]\n", "[/details]\n", "https://www.youtube.com/watch?v=aBcD3fGh1jK",
            "upload://x.png", "word ", "a@b.example ", "<https://x.example/>", "<b>", "</b>", "\r\n", "\t", "    ", "\u0000", "é", "😀",
        ];
        var random = new Random(20250314);
        for (var round = 0; round < 1_500; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 60);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var input = builder.ToString();
            var document = Reader.Read(input, ReaderLimits.Default);

            Assert.Same(input, document.Source);
            MarkdownTreeAssert.SpansNest(document);
            foreach (var node in MarkdownTreeAssert.All(document))
            {
                switch (node)
                {
                    case MentionNode mention:
                        Assert.Equal("@" + mention.Name, mention.Span.Slice(input).ToString());
                        break;
                    case EmojiNode emoji:
                        Assert.Equal(emoji.Text, emoji.Span.Slice(input).ToString());
                        break;
                    case LinkNode { Origin: LinkOrigin.BareUrl or LinkOrigin.LinkCard or LinkOrigin.MediaEmbed } link when link.Span.Length == link.Url?.Length:
                        Assert.Equal(link.Url, link.Span.Slice(input).ToString());
                        break;
                }
            }
        }
    }
}
