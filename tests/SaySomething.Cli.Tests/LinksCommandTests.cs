using System.Text;
using System.Text.Json;

namespace SaySomething.Cli.Tests;

/// <summary><c>saysomething links</c> run in-process: table and JSON output, input sources, and bad input.</summary>
public sealed class LinksCommandTests
{
    private const int BadInput = 2;

    private const string TwoSocialLinks =
        "Watch https://www.youtube.com/watch?v=dQw4w9WgXcQ now.\nAnd x.com/someone/status/1790000000000000001 too\n";

    [Fact]
    public void Links_File_TableListsProviderKindAndCanonical()
    {
        using var file = TempFile.WithText(TwoSocialLinks);

        var run = CliRun.Invoke(["links", file.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var youtube = RowContaining(run.Out, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        Assert.Equal(["1", "6", "49", "youtube", "video", "youtube:dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"], youtube);
        var x = RowContaining(run.Out, "x.com/someone/status/1790000000000000001");
        Assert.Equal(["2", "59", "99", "x", "social_post", "x:1790000000000000001", "x.com/someone/status/1790000000000000001"], x);
        Assert.Contains("2 link(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_Json_WritesOneObjectPerLinkWithOffsetsIntoTheText()
    {
        using var file = TempFile.WithText(TwoSocialLinks);

        var run = CliRun.Invoke(["links", file.Path, "--json"]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var objects = lines.Select(ParseObject).ToList();
        Assert.All(objects, o => Assert.Equal(["url", "start", "end", "provider", "kind", "canonical"], o.Names));
        Assert.All(objects, o => Assert.Equal(o.Url, TwoSocialLinks[o.Start..o.End]));
        Assert.Equal(new LinkJson("https://www.youtube.com/watch?v=dQw4w9WgXcQ", 6, 49, "youtube", "video", "youtube:dQw4w9WgXcQ"), objects[0].Value);
        Assert.Equal(new LinkJson("x.com/someone/status/1790000000000000001", 59, 99, "x", "social_post", "x:1790000000000000001"), objects[1].Value);
    }

    [Fact]
    public void Links_Json_EmailHasKindEmailAndNullProviderAndCanonical()
    {
        const string text = "Write to tips@example.org please";

        var run = CliRun.Invoke(["links", "-", "--json"], text);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(new LinkJson("tips@example.org", 9, 25, null, "email", null), ParseObject(line).Value);
    }

    [Fact]
    public void Links_Table_EmailShowsKindEmail()
    {
        var run = CliRun.Invoke(["links"], "Write to tips@example.org please");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1", "9", "25", "-", "email", "-", "tips@example.org"], RowContaining(run.Out, "tips@example.org"));
    }

    [Fact]
    public void Links_Json_NonAsciiUrlIsWrittenReadably()
    {
        const string text = "сайт https://президент.рф/news закрыт";

        var run = CliRun.Invoke(["links", "-", "--json"], text);

        Assert.Contains("\"url\":\"https://президент.рф/news\"", run.Out, StringComparison.Ordinal);
        var link = ParseObject(run.Out.Trim());
        Assert.Equal("https://президент.рф/news", text[link.Start..link.End]);
    }

    [Theory]
    [InlineData("links -")]
    [InlineData("links")]
    public void Links_StandardInput_IsReadForDashAndForNoArgument(string commandLine)
    {
        var run = CliRun.Invoke([.. commandLine.Split(' '), "--json"], "see t.me/chan/1");

        Assert.Equal(0, run.ExitCode);
        var link = ParseObject(run.Out.Trim());
        Assert.Equal(new LinkJson("t.me/chan/1", 4, 15, "telegram", "social_post", "telegram:chan/1"), link.Value);
    }

    [Fact]
    public void Links_MissingFile_ExitsWithBadInputNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"saysomething-missing-{Guid.NewGuid():N}.txt");

        var run = CliRun.Invoke(["links", path]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Links_Directory_ExitsWithBadInput()
    {
        var directory = Directory.CreateTempSubdirectory("saysomething-cli-");
        try
        {
            var run = CliRun.Invoke(["links", directory.FullName]);

            Assert.Equal(BadInput, run.ExitCode);
            Assert.Contains(directory.FullName, run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Out);
        }
        finally
        {
            directory.Delete();
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { (byte)'h', (byte)'i', 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // An encoded surrogate: not UTF-8.
    public void Links_InvalidUtf8_ExitsWithBadInput(byte[] bytes)
    {
        using var file = TempFile.WithBytes(bytes);

        var run = CliRun.Invoke(["links", file.Path]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains("not valid UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Links_InvalidUtf8OnStandardInput_ExitsWithBadInput()
    {
        var run = CliRun.Invoke(["links", "-"], new byte[] { 0xC3, 0x28 });

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains("standard input is not valid UTF-8", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A UTF-8 byte order mark is accepted and is not part of the text: offsets count from the first character after
    /// it, so <c>start</c> is 2 for <c>"a https://…"</c>, as without the mark.
    /// </summary>
    [Fact]
    public void Links_Utf8Bom_IsSkippedAndOffsetsAreRelativeToTheTextWithoutIt()
    {
        const string text = "a https://x.com/b";
        using var file = TempFile.WithBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var run = CliRun.Invoke(["links", file.Path, "--json"]);

        Assert.Equal(0, run.ExitCode);
        var link = ParseObject(run.Out.Trim());
        Assert.Equal((2, 17), (link.Start, link.End));
        Assert.Equal(link.Url, text[link.Start..link.End]);
    }

    [Fact]
    public void Links_EmptyInput_SaysNoLinksFound()
    {
        using var file = TempFile.WithText("");

        var run = CliRun.Invoke(["links", file.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No links found.", run.Out.Trim());
    }

    [Fact]
    public void Links_EmptyInputAsJson_WritesNothing()
    {
        var run = CliRun.Invoke(["links", "--json"], "no links here");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("links FILE --bogus")]
    [InlineData("links --jsn FILE")]
    [InlineData("links FILE extra")]
    [InlineData("links --bogus")] // Read as a file name: exit 2 with "--bogus does not exist".
    [InlineData("nosuchcommand")]
    public void Links_UsageError_ExitsWithBadInput(string commandLine)
    {
        using var file = TempFile.WithText("https://x.com/a");
        string[] resolved = [.. commandLine.Split(' ').Select(arg => arg == "FILE" ? file.Path : arg)];

        var run = CliRun.Invoke(resolved);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.DoesNotContain("https://x.com/a", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_UnknownOptionAfterFile_NamesTheOption()
    {
        using var file = TempFile.WithText("https://x.com/a");

        var run = CliRun.Invoke(["links", file.Path, "--bogus"]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains("--bogus", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_SampleFiles_EachHasLinks()
    {
        var samples = Directory.GetFiles(Path.Combine(FindRepositoryRoot(), "samples"));
        Assert.NotEmpty(samples);

        foreach (var sample in samples)
        {
            var run = CliRun.Invoke(["links", sample, "--json"]);

            Assert.True(run.ExitCode == 0, $"{sample}: exit {run.ExitCode}: {run.Error}");
            var text = File.ReadAllText(sample);
            var links = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ParseObject).ToList();
            Assert.True(links.Count > 0, $"{sample}: no links");
            Assert.All(links, link => Assert.Equal(link.Url, text[link.Start..link.End]));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SaySomething.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder containing SaySomething.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>The cells of the table row that contains <paramref name="needle"/>, trimmed.</summary>
    private static string[] RowContaining(string table, string needle)
    {
        var row = Assert.Single(table.Split('\n'), line => line.Contains(needle, StringComparison.Ordinal));
        return [.. row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(cell => cell.Length > 0)];
    }

    private static ParsedLink ParseObject(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        var value = new LinkJson(
            root.GetProperty("url").GetString()!,
            root.GetProperty("start").GetInt32(),
            root.GetProperty("end").GetInt32(),
            root.GetProperty("provider").GetString(),
            root.GetProperty("kind").GetString()!,
            root.GetProperty("canonical").GetString());
        return new ParsedLink([.. root.EnumerateObject().Select(property => property.Name)], value);
    }

    private sealed record LinkJson(string Url, int Start, int End, string? Provider, string Kind, string? Canonical);

    private sealed record ParsedLink(string[] Names, LinkJson Value)
    {
        public string Url => Value.Url;

        public int Start => Value.Start;

        public int End => Value.End;
    }
}
