using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Parsing;

/// <summary>Every example row of docs/format-detection.md, plus limits.</summary>
public sealed class FormatDetectorTests
{
    public static TheoryData<string, string> DocumentedExamples()
    {
        var path = Path.Combine(SharedFiles.RepositoryRoot!, "docs", "format-detection.md");
        var data = new TheoryData<string, string>();
        var inExamples = false;
        foreach (var line in File.ReadLines(path))
        {
            inExamples |= line == "## Examples";
            if (!inExamples || !line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            // | `input` | format | why |   or   | ```` input ```` | format | why |
            var fence = line.StartsWith("| ````", StringComparison.Ordinal) ? "````" : "`";
            var start = 2 + fence.Length;
            var end = line.IndexOf(fence + " |", start, StringComparison.Ordinal);
            var input = line[start..end].Trim(fence == "````" ? ' ' : '\0');
            var format = line[(end + fence.Length + 2)..].Split('|')[0].Trim();
            data.Add(input, format);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedExamples))]
    public void Detect_DocumentedExample_GivesDocumentedFormat(string input, string expected)
    {
        var text = input.Replace("\\n", "\n", StringComparison.Ordinal);

        Assert.Equal(expected, DocumentDump.FormatName(FormatDetector.Detect(text)));
    }

    [Fact]
    public void DocumentedExamples_AreThere()
        => Assert.True(DocumentedExamples().Count >= 20);

    [Fact]
    public void Detect_Empty_IsPlain()
        => Assert.Equal(MarkupFormat.Plain, FormatDetector.Detect(""));

    [Fact]
    public void Detect_HtmlTagLate_AndNothingElse_IsPlain()
    {
        var text = new string('x', FormatDetector.HtmlWindow + 10) + "<p>late</p>";

        Assert.Equal(MarkupFormat.Plain, FormatDetector.Detect(text));
    }

    [Theory]
    [InlineData('[')]
    [InlineData('<')]
    [InlineData('*')]
    public async Task Detect_PathologicalRepeats_FinishQuickly(char c)
    {
        var text = new string(c, 1024 * 1024) + "[/B]";

        var format = await Task.Run(() => FormatDetector.Detect(text)).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(Enum.IsDefined(format));
    }

    [Fact]
    public async Task Detect_ManyOpenTags_FinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("[b][url=", 8000)) + string.Concat(Enumerable.Repeat("[a](", 8000));

        var format = await Task.Run(() => FormatDetector.Detect(text)).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(MarkupFormat.Plain, format);
    }
}
