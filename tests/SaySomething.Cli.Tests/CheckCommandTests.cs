using System.Text.Json;
using SaySomething.Core.Judging;

namespace SaySomething.Cli.Tests;

/// <summary><c>saysomething check</c>: exit codes, the JSON contract, the report for people, and bad input.</summary>
public sealed class CheckCommandTests
{
    private const int Flagged = 1;
    private const int BadInput = 2;

    private const string BareVideo = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    private const string Commented =
        "I watched the whole thing. The drone footage at the start matches what the brigade posted last week, so I think the strike is genuine.\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ";

    private const string NoLinks = "Does anyone know whether the ferry to the island runs again this winter? My family wants to visit.";

    [Fact]
    public void Check_BareVideo_IsDriveByWithExitOne()
    {
        var run = CliRun.Invoke(["check", "--json"], BareVideo);

        Assert.Equal(Flagged, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("drive_by", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal("no_text", json.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public void Check_Json_HasTheContractFields()
    {
        var run = CliRun.Invoke(["check", "-", "--json"], BareVideo);

        var line = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.String, root.GetProperty("verdict").ValueKind);
        Assert.True(root.GetProperty("reason").ValueKind is JsonValueKind.String or JsonValueKind.Null);
        var confidence = root.GetProperty("confidence").GetDouble();
        Assert.InRange(confidence, 0.5, 1.0);
        Assert.Equal(JsonValueKind.String, root.GetProperty("own_words").GetProperty("text").ValueKind);
        Assert.Equal(0, root.GetProperty("own_words").GetProperty("count").GetInt32());
        var link = Assert.Single(root.GetProperty("links").EnumerateArray());
        Assert.Equal(BareVideo, link.GetProperty("url").GetString());
        Assert.Equal("youtube", link.GetProperty("provider").GetString());
        Assert.Equal("video", link.GetProperty("kind").GetString());
        Assert.Equal("youtube:dQw4w9WgXcQ", link.GetProperty("canonical").GetString());
        Assert.True(link.GetProperty("governed").GetBoolean());
        Assert.Equal(0, link.GetProperty("start").GetInt32());
        Assert.Equal(BareVideo.Length, link.GetProperty("end").GetInt32());
        Assert.Equal(JsonValueKind.String, root.GetProperty("language").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("findings").ValueKind);
        Assert.All(root.GetProperty("findings").EnumerateArray(), finding =>
        {
            Assert.False(string.IsNullOrEmpty(finding.GetProperty("code").GetString()));
            Assert.Equal(JsonValueKind.String, finding.GetProperty("detail").ValueKind);
        });
        Assert.False(root.TryGetProperty("id", out _));
    }

    [Fact]
    public void Check_Json_IsExactlyTheJudgementJsonContract()
    {
        using var file = TempFile.WithText(Commented);

        var run = CliRun.Invoke(["check", file.Path, "--json", "--format", "plain"]);

        var expected = JudgementJson.ToJson(PostJudge.Default.Judge(new PostToJudge { Text = Commented, Format = Core.Documents.MarkupFormat.Plain }));
        Assert.Equal(expected + "\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_Commented_ExitsWithZero()
    {
        var run = CliRun.Invoke(["check", "--json"], Commented);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("commented", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("reason").ValueKind);
        Assert.True(json.RootElement.GetProperty("own_words").GetProperty("count").GetInt32() >= 10);
    }

    [Fact]
    public void Check_NoLinks_IsNotApplicableWithExitZero()
    {
        var run = CliRun.Invoke(["check", "--json"], NoLinks);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("not_applicable", json.RootElement.GetProperty("verdict").GetString());
        Assert.Empty(json.RootElement.GetProperty("links").EnumerateArray());
    }

    [Fact]
    public void Check_ThreadTitle_TextCopiedFromItIsNotOwnWords()
    {
        const string title = "Drone strike on the Kerch bridge approach road";
        const string post = title + "\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ";

        var run = CliRun.Invoke(["check", "--json", "--thread-title", title], post);

        Assert.Equal(Flagged, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("drive_by", json.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("own_words").GetProperty("count").GetInt32());
    }

    [Fact]
    public void Check_Report_ShowsVerdictLinksAndMessage()
    {
        var run = CliRun.Invoke(["check"], BareVideo);

        Assert.Equal(Flagged, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Verdict", run.Out, StringComparison.Ordinal);
        Assert.Contains("drive_by", run.Out, StringComparison.Ordinal);
        Assert.Contains("no_text", run.Out, StringComparison.Ordinal);
        Assert.Contains("Governed links", run.Out, StringComparison.Ordinal);
        Assert.Contains("youtube:dQw4w9WgXcQ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Message", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[red]alert[/] this is [bold]mine[/] and I think it is fake")]
    [InlineData("unbalanced [/] and [link=https://evil.example]click[/] [")]
    [InlineData("[[escaped]] and [ and ] and [/][/][/]")]
    public void Check_Report_PrintsMarkupInThePostLiterally(string words)
    {
        var post = words + "\n" + BareVideo;

        var run = CliRun.Invoke(["check"], post);

        Assert.True(run.ExitCode is 0 or Flagged, run.Error);
        Assert.Contains(words, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Report_ShowsControlCharactersInsteadOfSendingThem()
    {
        var run = CliRun.Invoke(["check"], "\u001b[2J\u001b]0;owned\u0007 look " + BareVideo);

        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u0007', run.Out);
        Assert.Contains("␛[2J", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingFile_ExitsWithTwoNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"saysomething-missing-{Guid.NewGuid():N}.txt");

        var run = CliRun.Invoke(["check", path]);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains($"{path} does not exist", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Check_InvalidUtf8_ExitsWithTwo()
    {
        var run = CliRun.Invoke(["check"], new byte[] { (byte)'h', 0xFF, (byte)'i' });

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains("standard input is not valid UTF-8", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check --bogus")]
    [InlineData("check - --bogus")]
    [InlineData("check --jsn")]
    [InlineData("check - extra")]
    [InlineData("check --thread-title")]
    public void Check_UsageError_ExitsWithTwoAndNamesTheProblem(string commandLine)
    {
        var run = CliRun.Invoke(commandLine.Split(' '), BareVideo);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.NotEqual("", run.Error);
        Assert.DoesNotContain("\"verdict\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownFormat_ExitsWithTwoAndNamesTheChoices()
    {
        var run = CliRun.Invoke(["check", "--format", "rtf"], BareVideo);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains("rtf", run.Error, StringComparison.Ordinal);
        Assert.Contains("markdown", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingPolicyFile_ExitsWithTwoNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"saysomething-missing-{Guid.NewGuid():N}.yaml");

        var run = CliRun.Invoke(["check", "--policy", path], BareVideo);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Check_InvalidPolicyFile_ExitsWithTwoNamingIt()
    {
        using var policy = TempFile.WithText("strictness: [unclosed\n  governed: 12\n");

        var run = CliRun.Invoke(["check", "--policy", policy.Path], BareVideo);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(policy.Path, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Check_Policy_AppliesToTheCommunityAndSectionGiven()
    {
        using var policy = TempFile.WithText("communities:\n  music:\n    allowed_domains: [youtube.com]\n    sections:\n      news:\n        governed: social_and_video\n", ".yaml");

        var elsewhere = CliRun.Invoke(["check", "--json", "--policy", policy.Path], BareVideo);
        var inMusic = CliRun.Invoke(["check", "--json", "--policy", policy.Path, "--community", "music"], BareVideo);
        var inMusicNews = CliRun.Invoke(["check", "--json", "--policy", policy.Path, "--community", "music", "--section", "news"], BareVideo);

        Assert.Equal((Flagged, 0, 0), (elsewhere.ExitCode, inMusic.ExitCode, inMusicNews.ExitCode));
        using var json = JsonDocument.Parse(inMusic.Out);
        Assert.Equal("not_applicable", json.RootElement.GetProperty("verdict").GetString());
        Assert.False(json.RootElement.GetProperty("links")[0].GetProperty("governed").GetBoolean());
    }

    [Fact]
    public void Check_PolicyLocale_ChangesTheMessage()
    {
        using var policy = TempFile.WithText("locale: de\n", ".yaml");

        var english = CliRun.Invoke(["check", "--json"], BareVideo);
        var german = CliRun.Invoke(["check", "--json", "--policy", policy.Path], BareVideo);

        using var en = JsonDocument.Parse(english.Out);
        using var de = JsonDocument.Parse(german.Out);
        Assert.NotEqual(en.RootElement.GetProperty("message").GetString(), de.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public void Check_PolicyWithAnUnknownKey_ExitsWithTwoNamingTheKey()
    {
        using var policy = TempFile.WithText("strictness: strict\n", ".yaml");

        var run = CliRun.Invoke(["check", "--policy", policy.Path], BareVideo);

        Assert.Equal(BadInput, run.ExitCode);
        Assert.Contains($"error: {policy.Path}:1:1", run.Error, StringComparison.Ordinal);
        Assert.Contains("strictness", run.Error, StringComparison.Ordinal);
    }
}
