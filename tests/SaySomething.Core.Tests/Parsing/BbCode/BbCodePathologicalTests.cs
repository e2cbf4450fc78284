using System.Diagnostics;
using System.Text;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.BbCode;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Parsing.BbCode;

/// <summary>
/// Hostile BB code (security.md §4.3): each input is read at the 32 KiB markup cap and at its full size, must end
/// with a defined outcome and a well-formed tree, and must not hang (a generous 5 s timeout turns a hang into a
/// failure; the measured times are written to the test output).
/// </summary>
public sealed class BbCodePathologicalTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Inputs() =>
    [
        "unclosed-b", "open-brackets", "nested-quote-open", "nested-quote-closed", "url-option", "stray-quote-closers",
        "misnested-b-i", "ordinary", "unclosed-code", "tagged-url-one-closer", "quoted-option", "nested-lists",
        "white-colour-unclosed", "quoted-attributes", "url-spaces", "nested-spoilers-closed", "list-items",
    ];

    /// <summary>The input named <paramref name="name"/>, about <paramref name="size"/> characters long.</summary>
    public static string Make(string name, int size) => name switch
    {
        "unclosed-b" => Repeat("[b]", size),
        "open-brackets" => new string('[', size),
        "nested-quote-open" => Repeat("[quote]", size),
        "nested-quote-closed" => Repeat("[quote]", size / 15 * 7) + Repeat("[/quote]", size / 15 * 8),
        "url-option" => Repeat("[url=", size),
        "stray-quote-closers" => Repeat("[/quote]", size),
        "misnested-b-i" => Repeat("[b][i][/b][/i]", size),
        "ordinary" => OrdinaryPost(size),
        "unclosed-code" => Repeat("[code]", size),
        "tagged-url-one-closer" => Repeat("[url]", size - 6) + "[/url]",
        "quoted-option" => Repeat("[quote=\"", size),
        "nested-lists" => Repeat("[list][*]", size / 16 * 9) + Repeat("[/list]", size / 16 * 7),
        "white-colour-unclosed" => Repeat("[color=white]", size - 8) + "[/color]",
        "quoted-attributes" => Repeat("[img a=\"x\" b='", size),
        "url-spaces" => Repeat("[url] ", size - 6) + "[/url]",
        "nested-spoilers-closed" => Repeat("[spoiler=\"t\"]", size / 23 * 13) + Repeat("[/spoiler]", size / 23 * 10),
        "list-items" => "[list]" + Repeat("[*]x ", size - 13) + "[/list]",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Repeat(string unit, int size)
    {
        var builder = new StringBuilder(size + unit.Length);
        while (builder.Length + unit.Length <= size)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    /// <summary>A post of ordinary XenForo BB code, shaped like the benchmark corpus, about <paramref name="size"/> characters long.</summary>
    public static string OrdinaryPost(int size)
    {
        const string block = """
            The part at 4:10 is the most surprising bit. Source: https://www.example-news.com/world/2025/03/ceasefire-talks-17 - worth a read.

            [B]New footage from the front[/B]

            [URL unfurl="true"]https://www.example-news.com/news/world-europe-71473385[/URL]

            [QUOTE="SilentSarge73, post: 7781019, member: 209576"]
            I think the General Staff is [I]badly[/I] misreading the situation here.
            [/QUOTE]

            Hard to watch, but [URL=https://youtube.com/watch?v=FeBInR9WHZw]people need to see this[/URL].
            [MEDIA=youtube]wZq6PHxTCmp:90[/MEDIA]

            [LIST]
            [*]cheaper
            [*]quieter, see [COLOR=#b8312f]the test[/COLOR]
            [/LIST]
            [SPOILER="Ending"]He survives.[/SPOILER] [ICODE]x=1[/ICODE] [USER=45]@alice[/USER]


            """;
        var builder = new StringBuilder(size + block.Length);
        while (builder.Length + block.Length <= size)
        {
            builder.Append(block);
        }

        return builder.ToString();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Read_HostileInputAtMarkupCap_EndsQuicklyWithAWellFormedTree(string name)
    {
        var source = Make(name, ReaderLimits.Default.MaxMarkupLength);

        var (document, elapsed) = await TimedRead(source);

        output.WriteLine($"{name}: {source.Length:N0} chars in {elapsed.TotalMilliseconds:F1} ms, {document.Outcome}");
        Assert.NotEqual(ReadOutcome.Refused, document.Outcome);
        BbCodeReaderTests.AssertWellFormed(document);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Read_HostileInputAtOneMegabyte_StaysLinear(string name)
    {
        var source = Make(name, 1024 * 1024);

        var (document, elapsed) = await TimedRead(source);

        output.WriteLine($"{name}: {source.Length:N0} chars in {elapsed.TotalMilliseconds:F1} ms, {document.Outcome}");
        Assert.NotEqual(ReadOutcome.Refused, document.Outcome);
    }

    [Fact]
    public void Read_TenThousandUnclosedBold_IsAllText()
    {
        var document = new BbCodeReader().Read(Make("unclosed-b", 30_000), ReaderLimits.Default);

        var paragraph = Assert.IsType<ParagraphNode>(Assert.Single(document.Content));
        Assert.Equal(30_000, Assert.IsType<TextNode>(Assert.Single(paragraph.Content)).Text.Length);
    }

    [Fact]
    public void Read_NestedQuotesAtCap_KeepMaxDepthLevels()
    {
        var document = new BbCodeReader().Read(Make("nested-quote-closed", 32 * 1024), ReaderLimits.Default);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
        Assert.Equal(ReaderLimits.Default.MaxDepth, BbCodeReaderTests.Descendants(document).Count(n => n is QuoteNode));
    }

    [Fact]
    public void Read_MisnestedBoldItalic_NeverNestsDeeperThanTwo()
    {
        var document = new BbCodeReader().Read(Make("misnested-b-i", 32 * 1024), ReaderLimits.Default);

        var paragraph = Assert.IsType<ParagraphNode>(Assert.Single(document.Content));
        Assert.All(paragraph.Content.OfType<StyledNode>(), b => Assert.All(b.Content, i => Assert.Empty(i.Children)));
    }

    private static async Task<(PostDocument Document, TimeSpan Elapsed)> TimedRead(string source)
    {
        var reader = new BbCodeReader();
        return await Task.Run(() =>
        {
            var stopwatch = Stopwatch.StartNew();
            var document = reader.Read(source, ReaderLimits.Default);
            return (document, stopwatch.Elapsed);
        }).WaitAsync(HangTimeout);
    }
}
