using System.Diagnostics;
using System.Text;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.Markdown;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Parsing.Markdown;

/// <summary>
/// The cmark pathological inputs (cmark <c>test/pathological_tests.py</c>) and security.md §4.2's extra cases,
/// each cut to the 32 KiB markup cap the facade parses, must end with a defined outcome (read, or read as plain
/// text with a note) well under a second. The assertion allows 5 s so a slow machine does not fail the build;
/// the measured times are written to the test output.
/// </summary>
public sealed class MarkdownPathologicalTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Cases() => [.. Inputs().Keys];

    private static Dictionary<string, string> Inputs() => new()
    {
        ["nested strong emphasis"] = Repeat("*a **a ", 65_000) + "b" + Repeat(" a** a*", 65_000),
        ["emphasis closers without openers"] = Repeat("a_ ", 65_000),
        ["emphasis openers without closers"] = Repeat("_a ", 65_000),
        ["link closers without openers"] = Repeat("a]", 65_000),
        ["link openers without closers"] = Repeat("[a", 65_000),
        ["mismatched openers and closers"] = Repeat("*a_ ", 50_000),
        ["openers and closers multiple of 3"] = "a**b" + Repeat("c* ", 50_000),
        ["link openers and emphasis closers"] = Repeat("[ a_", 50_000),
        ["hard link and emphasis case"] = Repeat("**x [a*b**c*](d)", 20_000),
        ["nested brackets"] = Repeat("[", 50_000) + "a" + Repeat("]", 50_000),
        ["nested block quotes"] = Repeat("> ", 50_000) + "a",
        ["deeply nested lists"] = DeepList(1_000),
        ["U+0000"] = Repeat("abc\u0000de\u0000", 100_000),
        ["backticks 1..N"] = Backticks(5_000),
        ["unclosed links A"] = Repeat("[a](<b", 50_000),
        ["unclosed links B"] = Repeat("[a](b", 50_000),
        ["many references"] = References(800_000),
        ["100k >"] = Repeat(">", 100_000),
        ["100k ["] = Repeat("[", 100_000),
        ["nested quote tags"] = Repeat("[quote=\"alice, post:1, topic:2\"]\n", 2_000) + "deep" + Repeat("\n[/quote]", 2_000),
        ["unclosed quote tags"] = Repeat("[quote]\n", 100_000),
        ["spoiler markers"] = Repeat("a [spoiler]b ", 10_000) + Repeat("[/spoiler] c ", 10_000),
        ["mentions and emoji"] = Repeat("@a :b: ", 20_000),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Read_PathologicalInputAtMarkupCap_EndsWithDefinedOutcome(string name)
    {
        var input = Truncate(Inputs()[name]);
        var stopwatch = Stopwatch.StartNew();

        var document = await Task.Run(() => PostReader.Default.Read(input, MarkupFormat.Markdown)).WaitAsync(Generous);

        stopwatch.Stop();
        output.WriteLine($"{name}: {input.Length:N0} chars, {stopwatch.Elapsed.TotalMilliseconds:0.0} ms, {document.Outcome}{(document.Note is null ? "" : ": " + document.Note)}");
        Assert.Equal(MarkupFormat.Markdown, document.Format);
        Assert.True(document.Outcome is ReadOutcome.Read or ReadOutcome.ReadAsPlainText);
        Assert.Equal(document.Outcome == ReadOutcome.ReadAsPlainText, document.Note is not null);
        MarkdownTreeAssert.SpansNest(document);
        Assert.InRange(MarkdownTreeAssert.ContainerDepth(document), 0, ReaderLimits.Default.MaxDepth + 1);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Read_PathologicalInputUnderWatchdog_EndsWithDefinedOutcome(string name)
    {
        // Every post under the worker and watchdog, whatever its length.
        var reader = new MarkdownReader(inlineParseLength: 0);
        var input = Truncate(Inputs()[name]);
        var stopwatch = Stopwatch.StartNew();

        var document = await Task.Run(() => reader.Read(input, ReaderLimits.Default)).WaitAsync(Generous);

        output.WriteLine($"{name}: {stopwatch.Elapsed.TotalMilliseconds:0.0} ms, {document.Outcome}");
        Assert.True(document.Outcome is ReadOutcome.Read or ReadOutcome.ReadAsPlainText);
        MarkdownTreeAssert.SpansNest(document);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Read_PathologicalInputAtInlineParseLength_StaysFast(string name)
    {
        // Below DefaultInlineParseLength the parse runs on the caller's thread without a watchdog: the worst
        // case at that length must stay far under the budget.
        var input = Inputs()[name][..Math.Min(Inputs()[name].Length, MarkdownReader.DefaultInlineParseLength)];
        var stopwatch = Stopwatch.StartNew();

        var document = await Task.Run(() => new MarkdownReader().Read(input, ReaderLimits.Default)).WaitAsync(Generous);

        output.WriteLine($"{name}: {input.Length:N0} chars, {stopwatch.Elapsed.TotalMilliseconds:0.0} ms, {document.Outcome}");
        Assert.True(document.Outcome is ReadOutcome.Read or ReadOutcome.ReadAsPlainText);
    }

    [Fact]
    public void Read_ParseOverBudget_ReadsAsPlainTextWithNote()
    {
        // The quadratic unclosed-links case at the cap takes far longer than a 1 ms budget.
        var input = Truncate(Repeat("[a](b", 50_000));
        var limits = ReaderLimits.Default with { ParseBudget = TimeSpan.FromMilliseconds(1) };

        var document = new MarkdownReader().Read(input, limits);

        Assert.Equal(ReadOutcome.ReadAsPlainText, document.Outcome);
        Assert.Contains("budget", document.Note, StringComparison.Ordinal);
        Assert.NotEmpty(document.Content);
    }

    [Fact]
    public void Read_MarkdigRefusesNesting_ReadsAsPlainTextWithNote()
    {
        var input = Repeat("> ", 300) + "see https://example.org/x";

        var document = new MarkdownReader().Read(input, ReaderLimits.Default);

        Assert.Equal(ReadOutcome.ReadAsPlainText, document.Outcome);
        Assert.Contains("too deeply nested", document.Note, StringComparison.Ordinal);
        Assert.Contains(MarkdownTreeAssert.All(document), n => n is LinkNode { Url: "https://example.org/x" });
    }

    private static string Truncate(string input) =>
        input.Length <= ReaderLimits.Default.MaxMarkupLength ? input : input[..ReaderLimits.Default.MaxMarkupLength];

    private static string Repeat(string value, int count) => new StringBuilder(value.Length * count).Insert(0, value, count).ToString();

    private static string DeepList(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(' ', i).Append("* a\n");
        }

        return builder.ToString();
    }

    private static string Backticks(int count)
    {
        var builder = new StringBuilder();
        for (var i = 1; i < count && builder.Length < 1 << 20; i++)
        {
            builder.Append('e').Append('`', i);
        }

        return builder.ToString();
    }

    private static string References(int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count && builder.Length < 1 << 20; i++)
        {
            builder.Append('[').Append(i).Append("]: u\n");
        }

        return builder.ToString();
    }
}
