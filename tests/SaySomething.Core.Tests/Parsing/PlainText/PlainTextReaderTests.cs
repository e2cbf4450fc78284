using System.Diagnostics;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.PlainText;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Parsing.PlainText;

public sealed class PlainTextReaderTests(ITestOutputHelper output)
{
    private const string Consent = "To view this content we will need your consent to set third party cookies.\nFor more detailed information, see our cookies page.";

    [Fact]
    public void ReadParagraphs_PageCopyElements_StayParagraphs()
    {
        var source = "Kestrel_9 said:\nquoted\nClick to expand...\n\n" + Consent + "\n\nSent from my iPhone using Tapatalk";

        var blocks = PlainTextReader.ReadParagraphs(source, 0, source.Length);

        Assert.All(blocks, b => Assert.IsType<ParagraphNode>(b));
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void Read_CrLfCopy_SpansStopBeforeCarriageReturns()
    {
        var source = "Caption\r\n\r\n" + Consent.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\nSent from my iPhone using Tapatalk\r\n";

        var document = new PlainTextReader().Read(source, ReaderLimits.Default);

        var placeholder = document.Content.OfType<BoilerplateNode>().Single(b => b.Boilerplate == BoilerplateKind.ConsentPlaceholder);
        Assert.Equal('.', source[placeholder.Span.End - 1]);
        Assert.DoesNotContain('\r', placeholder.Text[^5..]);
        var signature = document.Content.OfType<BoilerplateNode>().Single(b => b.Boilerplate == BoilerplateKind.Signature);
        Assert.Equal("Sent from my iPhone using Tapatalk", source[signature.Span.Start..signature.Span.End]);
    }

    [Fact]
    public void Read_TooManyNodes_ReadsAsSimpleParagraphsAndSaysSo()
    {
        var source = string.Concat(Enumerable.Repeat("a https://example.org/x b\n", 40));

        var document = new PlainTextReader().Read(source, ReaderLimits.Default with { MaxNodes = 16 });

        Assert.Equal(ReadOutcome.ReadAsPlainText, document.Outcome);
        Assert.NotNull(document.Note);
        Assert.Single(document.Content);
    }

    [Fact]
    public void Read_DepthOne_MakesNoQuotes()
    {
        var document = new PlainTextReader().Read("alice said:\nquoted\nClick to expand...", ReaderLimits.Default with { MaxDepth = 1 });

        Assert.DoesNotContain(document.Content, n => n is QuoteNode);
    }

    [Fact]
    public void Read_HeaderOnly_IsAnEmptyQuote()
    {
        var document = new PlainTextReader().Read("alice said:", ReaderLimits.Default);

        var quote = Assert.IsType<QuoteNode>(Assert.Single(document.Content));
        Assert.Equal("alice", quote.Attribution?.Author);
        Assert.IsType<BoilerplateNode>(Assert.Single(quote.Content));
    }

    [Fact]
    public void Read_ClickToExpandAlone_IsABoilerplateInAnEmptyQuote()
    {
        var document = new PlainTextReader().Read("Click to expand...", ReaderLimits.Default);

        var quote = Assert.IsType<QuoteNode>(Assert.Single(document.Content));
        Assert.Equal(BoilerplateKind.ClickToExpand, Assert.IsType<BoilerplateNode>(Assert.Single(quote.Content)).Boilerplate);
    }

    public static TheoryData<string, string> Pathological() => new()
    {
        { "said headers", string.Concat(Enumerable.Repeat("alice said:\n", 2700)) },
        { "click lines", string.Concat(Enumerable.Repeat("text\nClick to expand...\n", 1300)) },
        { "header then many clicks", "bob said:\n" + string.Concat(Enumerable.Repeat("Click to expand...\n", 1700)) },
        { "domain lines", string.Concat(Enumerable.Repeat("example.com\n", 2700)) },
        { "domain and titles", string.Concat(Enumerable.Repeat("example.com\n\nA Title Line Here Now\n", 900)) },
        { "consent first lines", string.Concat(Enumerable.Repeat(Consent[..75] + "\n", 430)) },
        { "chrome words", string.Concat(Enumerable.Repeat("Save\n\n", 5400)) },
        { "blank lines", new string('\n', 32 * 1024) },
        { "one long line", new string('a', 32 * 1024) },
        { "url lines before consent", string.Concat(Enumerable.Repeat("https://example.org/v\n" + Consent + "\n", 150)) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public async Task Read_Pathological32KiB_FinishesQuicklyWithSpansInside(string name, string source)
    {
        Assert.InRange(source.Length, 20_000, 33 * 1024);
        var watch = Stopwatch.StartNew();

        var document = await Task.Run(() => new PlainTextReader().Read(source, ReaderLimits.Default)).WaitAsync(TimeSpan.FromSeconds(5));

        output.WriteLine($"{name}: {source.Length} chars in {watch.Elapsed.TotalMilliseconds:F1} ms");
        var stack = new Stack<DocumentNode>(document.Content);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            Assert.InRange(node.Span.End, node.Span.Start, source.Length);
            foreach (var child in node.Children)
            {
                Assert.True(node.Span.Contains(child.Span), $"{name}: child {child.Span} outside {node.Span}");
                stack.Push(child);
            }
        }
    }
}
