namespace SaySomething.Cli.Tests;

public sealed class ReadCommandTests
{
    private const string QuoteAndEmbed = "[QUOTE=\"bob, post: 98700, member: 12\"]Has anyone seen this?[/QUOTE]\n[MEDIA=twitter]1899000000000000000[/MEDIA]";

    [Fact]
    public void Read_BbCodeFileWithAutoFormat_PrintsQuoteAndEmbed()
    {
        using var file = TempFile.WithText(QuoteAndEmbed);

        var run = CliRun.Invoke(["read", file.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("document bbcode read\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  quote [0,67) author=\"bob\" post=\"98700\" member=\"12\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("link media_embed [68,110) url=\"https://twitter.com/i/web/status/1899000000000000000\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FormatGiven_ReadsAsThatFormat()
    {
        var run = CliRun.Invoke(["read", "-", "--format", "plain"], QuoteAndEmbed);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("document plain read\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("quote [", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MarkdownFromStandardInput_PrintsOneboxAsEmbed()
    {
        var run = CliRun.Invoke(["read", "--format", "markdown"], "My take first.\n\nhttps://youtu.be/aBcD3fGh1jK\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("link media_embed [16,44) url=\"https://youtu.be/aBcD3fGh1jK\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownFormat_ExitsWithTwoAndNamesTheChoices()
    {
        var run = CliRun.Invoke(["read", "-", "--format", "rtf"], "text");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rtf", run.Error + run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ThreadText_PrintsEachPostWithItsLines()
    {
        var page = "• Notice: say something about your links.\n\nFirst post with https://youtu.be/aBcD3fGh1jK\n\u00A0\nSecond post, my own words only.\n\u00A0\nSimilar threads\n";

        var run = CliRun.Invoke(["read", "--thread"], page);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("== notice lines 1-1", run.Out, StringComparison.Ordinal);
        Assert.Contains("== post 1 lines 3-3", run.Out, StringComparison.Ordinal);
        Assert.Contains("== post 2 lines 5-5", run.Out, StringComparison.Ordinal);
        Assert.Contains("3 item(s)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Similar threads", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ExitsWithTwo()
    {
        var run = CliRun.Invoke(["read", "/nonexistent/post.txt"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }
}
