using System.Diagnostics;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Parsing.Html;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Parsing.Html;

/// <summary>
/// Pathological inputs from security.md §4.3: each must end with a defined outcome, without throwing and without
/// deep recursion. The timeout is generous (5 s) so that a slow machine does not fail; measured times are written
/// to the test output.
/// </summary>
public sealed class HtmlReaderHostileInputTests(ITestOutputHelper output)
{
    private const int Cap = 32 * 1024;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Inputs() => new()
    {
        "nested-div-10k",
        "unclosed-b-100k",
        "less-than-100k",
        "page-32k",
        "nested-tables",
        "nested-quotes-10k",
        "unclosed-a-10k",
        "fostered-text",
    };

    private static string Make(string name) => name switch
    {
        "nested-div-10k" => string.Concat(Enumerable.Repeat("<div>", 10_000)) + "x",
        "unclosed-b-100k" => string.Concat(Enumerable.Repeat("<b>", 100_000)) + "x",
        "less-than-100k" => new string('<', 100_000),
        "page-32k" => Page(Cap),
        "nested-tables" => string.Concat(Enumerable.Repeat("<table><tr><td>", 2_000)) + "x",
        "nested-quotes-10k" => string.Concat(Enumerable.Repeat("<blockquote class=\"bbCodeBlock bbCodeBlock--quote\" data-quote=\"a\">q", 10_000)),
        "unclosed-a-10k" => string.Concat(Enumerable.Repeat("<a class=\"username\" data-user-id=\"1\">@u ", 10_000)),
        "fostered-text" => "<table>" + string.Concat(Enumerable.Repeat("t<b>u</b>", 5_000)) + "</table>",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>A realistic long thread page: quotes, embeds, links and text, up to <paramref name="length"/> characters.</summary>
    private static string Page(int length)
    {
        const string post = "<div class=\"bbWrapper\"><blockquote data-attributes=\"member: 45\" data-quote=\"marta_k\" data-source=\"post: 123\" class=\"bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote\"><div class=\"bbCodeBlock-title\">marta_k said:</div><div class=\"bbCodeBlock-content\"><div class=\"bbCodeBlock-expandContent\">Has anyone measured the idle draw? https://forum.example.org/t/1</div></div></blockquote>About 4&nbsp;W at the wall, <b>really</b>.<br />\n<div class=\"bbMediaWrapper\" data-media-site-id=\"youtube\" data-media-key=\"aBcD3fGh1jK\"><iframe src=\"https://www.youtube.com/embed/aBcD3fGh1jK\"></iframe></div></div>\n";
        var builder = new System.Text.StringBuilder(length + post.Length);
        while (builder.Length + post.Length <= length)
        {
            builder.Append(post);
        }

        return builder.ToString();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Read_HostileInputUncapped_DefinedOutcomeWithinTimeout(string name)
    {
        var html = Make(name);
        var reader = new HtmlReader();

        var stopwatch = Stopwatch.StartNew();
        var document = await Task.Run(() => reader.Read(html, ReaderLimits.Default)).WaitAsync(Timeout);
        stopwatch.Stop();

        output.WriteLine($"{name}: {html.Length:N0} chars, {stopwatch.Elapsed.TotalMilliseconds:F1} ms, {document.Outcome}, depth {HtmlTestSupport.Depth(document)}");
        Assert.True(HtmlTestSupport.Depth(document) <= ReaderLimits.Default.MaxDepth + 2);
        HtmlTestSupport.AssertSpansNest(document);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Read_HostileInputAtCap_DefinedOutcomeWithinTimeout(string name)
    {
        var html = Make(name);
        html = html.Length > Cap ? html[..Cap] : html;

        var stopwatch = Stopwatch.StartNew();
        var document = await Task.Run(() => PostReader.Default.Read(html, MarkupFormat.Html)).WaitAsync(Timeout);
        stopwatch.Stop();

        output.WriteLine($"{name} at cap: {html.Length:N0} chars, {stopwatch.Elapsed.TotalMilliseconds:F1} ms, {document.Outcome}, note: {document.Note}");
        Assert.NotEqual(ReadOutcome.Refused, document.Outcome);
        HtmlTestSupport.AssertSpansNest(document);
    }

    [Fact]
    public void Read_ThirtyTwoKibPage_ReadNormallyWithAllQuotes()
    {
        var html = Page(Cap);

        var document = PostReader.Default.Read(html, MarkupFormat.Html);

        Assert.Equal(ReadOutcome.Read, document.Outcome);
        var posts = html.Split("<div class=\"bbWrapper\">").Length - 1;
        Assert.Equal(posts, HtmlTestSupport.Flatten(document).OfType<QuoteNode>().Count());
        Assert.Equal(posts, HtmlTestSupport.Flatten(document).OfType<LinkNode>().Count(l => l.Origin == LinkOrigin.MediaEmbed));
    }

    [Fact]
    public void Read_OverMarkupCap_ReadAsPlainTextByFacade()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000));

        var document = PostReader.Default.Read(html, MarkupFormat.Html);

        Assert.Equal(ReadOutcome.ReadAsPlainText, document.Outcome);
        Assert.NotNull(document.Note);
    }
}
