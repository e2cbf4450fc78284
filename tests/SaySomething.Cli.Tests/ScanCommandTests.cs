using System.Text;
using SaySomething.Cli.Tests.TestSupport;
using SaySomething.Core.Documents;

namespace SaySomething.Cli.Tests;

/// <summary><c>saysomething scan</c>: the inputs it reads, the order and form of its output, bad records and bad input.</summary>
public sealed class ScanCommandTests
{
    private const int Flagged = 1;
    private const int BadInput = 2;

    [Fact]
    public void Scan_JsonLines_WritesTheJudgementContractPerPostInInputOrder()
    {
        string[] texts = [Posts.Commented, Posts.BareVideo, Posts.NoLinks, "[MEDIA=youtube]dQw4w9WgXcQ[/MEDIA]", "Source: https://t.me/chan/77", Posts.Commented];
        var jsonl = string.Join('\n', texts.Select((text, i) => Posts.JsonLine($"post-{i}", text, i == 3 ? "bbcode" : null))) + "\n";
        using var input = TempFile.WithText(jsonl, ".jsonl");
        using var output = TempFile.Named(".jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "--output", output.Path]);

        Assert.Equal(Flagged, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = Posts.Lines(File.ReadAllText(output.Path));
        Assert.Equal(texts.Length, lines.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(Posts.ExpectedJson($"post-{i}", texts[i], i == 3 ? MarkupFormat.BbCode : null), lines[i]);
        }

        Assert.Contains("6 post(s) judged, 0 record(s) could not be judged", run.Out, StringComparison.Ordinal);
        Assert.Contains("drive_by", run.Out, StringComparison.Ordinal);
        Assert.Contains("youtube", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_NoDriveBy_ExitsWithZero()
    {
        using var input = TempFile.WithText(Posts.JsonLine("a", Posts.NoLinks) + "\n" + Posts.JsonLine("b", Posts.Commented) + "\n", ".jsonl");

        var run = CliRun.Invoke(["scan", input.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 post(s) judged", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_SummaryCountsEveryVerdict()
    {
        var jsonl = string.Concat(Enumerable.Range(0, 30).Select(i => Posts.JsonLine($"v{i}", Posts.Varied(i)) + "\n"));
        using var input = TempFile.WithText(jsonl, ".jsonl");
        using var output = TempFile.Named(".jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "-o", output.Path]);

        var verdicts = Posts.Lines(File.ReadAllText(output.Path)).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("verdict").GetString()!).ToList();
        foreach (var verdict in new[] { "commented", "drive_by", "not_applicable", "needs_review" })
        {
            var count = verdicts.Count(v => v == verdict);
            var row = Assert.Single(Posts.Lines(run.Out), line => line.StartsWith($"│ {verdict} ", StringComparison.Ordinal));
            var cells = row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(cell => cell.Length > 0).ToList();
            Assert.Equal([verdict, count.ToString(System.Globalization.CultureInfo.InvariantCulture)], cells.Take(2));
        }
    }

    [Fact]
    public void Scan_Csv_ReadsQuotedMultiLineFieldsAndCountsTheirLines()
    {
        const string multiLine = "First line of my take, with a comma.\nSecond line, \"quoted\" words.\nhttps://youtu.be/aBcD3fGh1jK";
        var csv = "id,extra,text,format\r\n"
            + "one,x,\"" + multiLine.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",plain\r\n"
            + "two,y,https://youtu.be/aBcD3fGh1jK,\r\n"
            + ",z,no id here,\r\n"
            + "four,w,\"" + Posts.NoLinks + "\",plain\r\n";
        using var input = TempFile.WithText(csv, ".csv");
        using var output = TempFile.Named(".jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "--output", output.Path]);

        Assert.Equal(Flagged, run.ExitCode);
        var lines = Posts.Lines(File.ReadAllText(output.Path));
        Assert.Equal(["one", "two", "four"], Posts.Ids(lines));
        Assert.Equal(Posts.ExpectedJson("one", multiLine, MarkupFormat.Plain), lines[0]);
        Assert.Equal(Posts.ExpectedJson("two", "https://youtu.be/aBcD3fGh1jK"), lines[1]);
        Assert.Contains($"{input.Path} line 6: no \"id\"", run.Error, StringComparison.Ordinal);
        Assert.Contains("(CSV): 3 post(s) judged, 1 record(s) could not be judged", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_CsvWithoutTextColumn_ExitsWithTwoNamingTheColumns()
    {
        using var input = TempFile.WithText("id,body\n1,hello\n", ".csv");

        var run = CliRun.Invoke(["scan", input.Path]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains("must name the columns id and text (found: id, body)", run.Error, StringComparison.Ordinal);
    }

    [RequiresSharedFact("samples/seed-thread.txt", "samples/seed-thread.labels.jsonl")]
    public void Scan_ThreadPage_JudgesEachPostWithTheIdsOfTheSplit()
    {
        var page = SharedFiles.Require("samples/seed-thread.txt");
        var labels = Posts.Ids(File.ReadLines(SharedFiles.Require("samples/seed-thread.labels.jsonl")).Where(line => line.Length > 0));
        using var output = TempFile.Named(".jsonl");

        var run = CliRun.Invoke(["scan", page, "--output", output.Path]);

        Assert.True(run.ExitCode is 0 or Flagged, run.Error);
        Assert.Equal(labels, Posts.Ids(Posts.Lines(File.ReadAllText(output.Path))));
        Assert.Contains("thread page (text)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_ThreadHtml_SplitsArticles()
    {
        const string page = """
            <html><body>
            <article class="message" data-author="alice"><div class="message-body"><div class="bbWrapper">I think this clip is staged, look at the shadows. <a href="https://youtu.be/aBcD3fGh1jK">https://youtu.be/aBcD3fGh1jK</a></div></div></article>
            <article class="message" data-author="bob"><div class="message-body"><div class="bbWrapper"><a href="https://youtu.be/aBcD3fGh1jK">https://youtu.be/aBcD3fGh1jK</a></div></div></article>
            </body></html>
            """;
        using var input = TempFile.WithText(page, ".html");
        using var output = TempFile.Named(".jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "--output", output.Path]);

        Assert.Equal(Flagged, run.ExitCode);
        Assert.Equal(["p01", "p02"], Posts.Ids(Posts.Lines(File.ReadAllText(output.Path))));
        Assert.Contains("thread page (HTML)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_TwoThreads_WritesTheSameLinesInTheSameOrderAsOne()
    {
        var jsonl = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            jsonl.Append(Posts.JsonLine($"n{i}", Posts.Varied(i))).Append('\n');
        }

        using var input = TempFile.WithText(jsonl.ToString(), ".jsonl");
        using var one = TempFile.Named(".jsonl");
        using var two = TempFile.Named(".jsonl");

        var first = CliRun.Invoke(["scan", input.Path, "--threads", "1", "--output", one.Path]);
        var second = CliRun.Invoke(["scan", input.Path, "--threads", "2", "--output", two.Path]);

        Assert.Equal(first.ExitCode, second.ExitCode);
        var lines = Posts.Lines(File.ReadAllText(two.Path));
        Assert.Equal(Enumerable.Range(0, 3000).Select(i => $"n{i}"), Posts.Ids(lines));
        Assert.Equal(File.ReadAllText(one.Path), File.ReadAllText(two.Path));
    }

    [Fact]
    public void Scan_BadLinesInTheMiddle_AreReportedWithTheirLineAndTheScanGoesOn()
    {
        var jsonl = string.Join('\n',
            Posts.JsonLine("ok1", Posts.BareVideo),
            "",
            "{\"id\": \"broken\", \"text\": ",
            "[1, 2, 3]",
            "{\"text\": \"no id\"}",
            "{\"id\": \"no-text\"}",
            "{\"id\": 42, \"text\": 7}",
            Posts.JsonLine("rtf", "hello", format: "rtf"),
            Posts.JsonLine("ok2", Posts.NoLinks)) + "\n";
        using var input = TempFile.WithText(jsonl, ".jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "--output", "-"]);

        Assert.Equal(Flagged, run.ExitCode);
        Assert.Equal(["ok1", "ok2"], Posts.Ids(Posts.Lines(run.Out)));
        var errors = Posts.Lines(run.Error).Where(line => line.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, errors.Count);
        Assert.Contains($"{input.Path} line 3: not valid JSON", errors[0], StringComparison.Ordinal);
        Assert.Contains("line 4: expected a JSON object, found an array", errors[1], StringComparison.Ordinal);
        Assert.Contains("line 5: no \"id\"", errors[2], StringComparison.Ordinal);
        Assert.Contains("line 6 (id no-text): no \"text\"", errors[3], StringComparison.Ordinal);
        Assert.Contains("line 7: \"text\" must be a string, not a number", errors[4], StringComparison.Ordinal);
        Assert.Contains("line 8 (id rtf): unknown format \"rtf\"", errors[5], StringComparison.Ordinal);
        Assert.Contains("2 post(s) judged, 6 record(s) could not be judged", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_InvalidUtf8Line_IsReportedAndTheScanGoesOn()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes(Posts.JsonLine("a", Posts.NoLinks) + "\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\": \"bad\", \"text\": \"caf"));
        bytes.AddRange(new byte[] { 0xC3, 0x28 });
        bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n" + Posts.JsonLine("b", Posts.NoLinks) + "\n"));
        using var input = TempFile.WithBytes([.. bytes], ".jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "-o", "-"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a", "b"], Posts.Ids(Posts.Lines(run.Out)));
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_RecordOverTheCap_IsReportedWithItsIdAndLine()
    {
        var huge = new string('a', 9 * 1024 * 1024);
        var jsonl = Posts.JsonLine("before", Posts.BareVideo) + "\n"
            + Posts.JsonLine("huge", huge) + "\n"
            + Posts.JsonLine("after", Posts.NoLinks) + "\n";
        using var input = TempFile.WithText(jsonl, ".jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "-o", "-"]);

        Assert.Equal(Flagged, run.ExitCode);
        Assert.Equal(["before", "after"], Posts.Ids(Posts.Lines(run.Out)));
        Assert.Contains("line 2 (id huge): the line is larger than 8 MiB; skipped", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_CsvRecordOverTheCap_IsReportedAndTheRestIsRead()
    {
        var csv = "id,text\nbefore,hello\nhuge,\"" + new string('b', 9 * 1024 * 1024) + "\nstill inside\"\nafter,\"" + Posts.NoLinks + "\"\n";
        using var input = TempFile.WithText(csv, ".csv");

        var run = CliRun.Invoke(["scan", input.Path, "-o", "-"]);

        Assert.Equal(["before", "after"], Posts.Ids(Posts.Lines(run.Out)));
        Assert.Contains("line 3 (id huge): the record is larger than 8 MiB; skipped", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_StandardInput_IsSniffedAndSummaryGoesToErrorWhenOutputIsStdout()
    {
        var jsonl = "\uFEFF" + Posts.JsonLine("s1", Posts.BareVideo) + "\r\n" + Posts.JsonLine("s2", Posts.NoLinks) + "\r\n";

        var run = CliRun.Invoke(["scan", "-", "--output", "-"], jsonl);

        Assert.Equal(Flagged, run.ExitCode);
        Assert.Equal([Posts.ExpectedJson("s1", Posts.BareVideo), Posts.ExpectedJson("s2", Posts.NoLinks)], Posts.Lines(run.Out));
        Assert.Contains("standard input (JSON Lines): 2 post(s) judged", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_CsvOnStandardInput_IsSniffed()
    {
        var run = CliRun.Invoke(["scan", "-"], "\"id\",\"text\"\n1,\"" + Posts.BareVideo + "\"\n");

        Assert.Equal(Flagged, run.ExitCode);
        Assert.Contains("standard input (CSV): 1 post(s) judged", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".dat", "{\"id\": \"x\", \"text\": \"hello\"}\n", "JSON Lines")]
    [InlineData(".dat", "id,text\nx,hello\n", "CSV")]
    [InlineData("", "<article class=\"message\"><div class=\"bbWrapper\">hello</div></article>", "thread page (HTML)")]
    [InlineData(".log", "First post, no links.\n\u00A0\nSecond post.\n", "thread page (text)")]
    public void Scan_UnknownExtension_IsRecognisedByContent(string extension, string content, string kind)
    {
        using var input = TempFile.WithText(content, extension);

        var run = CliRun.Invoke(["scan", input.Path]);

        Assert.Contains($"({kind})", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_MissingFile_ExitsWithTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"saysomething-missing-{Guid.NewGuid():N}.jsonl");

        var run = CliRun.Invoke(["scan", path]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains($"{path} does not exist", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Scan_Folder_ExitsWithTwo()
    {
        var folder = Directory.CreateTempSubdirectory("saysomething-cli-");
        try
        {
            var run = CliRun.Invoke(["scan", folder.FullName]);

            Assert.Equal(BadInput, run.ExitCode);
            Assert.Contains(folder.FullName, run.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete();
        }
    }

    [Fact]
    public void Scan_InvalidUtf8ThreadPage_ExitsWithTwo()
    {
        using var input = TempFile.WithBytes([(byte)'h', 0xFF, (byte)'i'], ".txt");

        var run = CliRun.Invoke(["scan", input.Path]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains("not valid UTF-8", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_OutputInAMissingFolder_ExitsWithTwo()
    {
        using var input = TempFile.WithText(Posts.JsonLine("a", "hello") + "\n", ".jsonl");
        var output = Path.Combine(Path.GetTempPath(), $"saysomething-missing-{Guid.NewGuid():N}", "out.jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "--output", output]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains($"cannot write {output}", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("scan --bogus")]
    [InlineData("scan FILE --bogus")]
    [InlineData("scan FILE --threads 0")]
    [InlineData("scan FILE --threads many")]
    [InlineData("scan FILE --format rtf")]
    [InlineData("scan FILE --policy /nonexistent/policy.yaml")]
    [InlineData("scan FILE --output")]
    [InlineData("scan FILE --output FILE")]
    public void Scan_UsageError_ExitsWithTwo(string commandLine)
    {
        using var input = TempFile.WithText(Posts.JsonLine("a", Posts.BareVideo) + "\n", ".jsonl");
        string[] args = [.. commandLine.Split(' ').Select(arg => arg == "FILE" ? input.Path : arg)];

        var run = CliRun.Invoke(args);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.NotEqual("", run.Error);
        Assert.DoesNotContain("post(s) judged", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Policy_IsAppliedToEveryPost()
    {
        using var policy = TempFile.WithText("allowed_domains: [youtube.com]\n", ".yaml");
        using var input = TempFile.WithText(Posts.JsonLine("a", Posts.BareVideo) + "\n" + Posts.JsonLine("b", Posts.NoLinks) + "\n", ".jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "--policy", policy.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 post(s) judged", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Format_AppliesToRecordsWithoutAFormatField()
    {
        const string quote = "[QUOTE=\"bob\"]Has anyone seen the full video?[/QUOTE]\n[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]";
        using var input = TempFile.WithText(Posts.JsonLine("q", quote) + "\n" + Posts.JsonLine("p", quote, format: "plain") + "\n", ".jsonl");

        var run = CliRun.Invoke(["scan", input.Path, "--format", "bbcode", "-o", "-"]);

        Assert.Equal(
            [Posts.ExpectedJson("q", quote, MarkupFormat.BbCode), Posts.ExpectedJson("p", quote, MarkupFormat.Plain)],
            Posts.Lines(run.Out));
    }
}
