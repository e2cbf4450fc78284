using System.Diagnostics;
using System.Text.Json;
using SaySomething.Metadata.Fixtures;

namespace SaySomething.Cli.Tests;

/// <summary><c>meta</c>, and <c>check</c>/<c>scan</c> with <c>--fetch</c>, against a fixture server on 127.0.0.1 through the
/// test-only loopback fetcher (the installed command uses the real SafeFetcher, which refuses loopback).</summary>
public sealed class MetadataCommandTests : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "saysomething-cli-meta-" + Guid.NewGuid().ToString("N"));
    private FixtureServer _server = null!;
    private LoopbackFetcher _fetcher = null!;

    private string CachePath => Path.Combine(_folder, "cache.db");

    private CliServices Services => new(() => _fetcher);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _server = (await FixtureServer.StartAsync()).MapAll();
        _fetcher = new LoopbackFetcher(_server);
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the system's temp cleaning.
        }
    }

    private CliRun Run(string[] args, string? input = null) =>
        CliRun.Invoke([.. args, "--cache", CachePath], input is null ? null : System.Text.Encoding.UTF8.GetBytes(input), Services);

    [Fact]
    public void Meta_Json_ShowsWhatTheFetcherSees()
    {
        var run = Run(["meta", FixtureSite.VideoLink, "--json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("youtube:Rk3fTq9ZpLw", root.GetProperty("canonical").GetString());
        Assert.Equal("fetched", root.GetProperty("status").GetString());
        Assert.Equal("Rebuilding the Rusanivka footbridge in eleven days", root.GetProperty("title").GetString());
        Assert.Equal("Field Notes Crew", root.GetProperty("author").GetString());
        Assert.StartsWith(FixtureSite.VideoDescriptionStart, root.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("watch_page", root.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("miss", root.GetProperty("cache").GetString());
        Assert.Equal(2, root.GetProperty("fetches").GetArrayLength());

        var again = Run(["meta", FixtureSite.VideoLink, "--json"]);
        Assert.Contains("\"cache\":\"hit\"", again.Out, StringComparison.Ordinal);
        Assert.Equal(2, _server.TotalHits);
    }

    [Fact]
    public void Meta_Table_ShowsTheArticlesLengthAndFirstLines()
    {
        var run = Run(["meta", FixtureSite.ArticleLink]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Town council approves night trams for the summer", run.Out, StringComparison.Ordinal);
        Assert.Contains("characters", run.Out, StringComparison.Ordinal);
        Assert.Contains("Mira Kostenko", run.Out, StringComparison.Ordinal);
        Assert.Contains("fetch page", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_Refused_SaysWhy_AndExitsOne()
    {
        var run = Run(["meta", FixtureSite.MissingLink]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("HTTP 404", run.Out, StringComparison.Ordinal);
        Assert.Contains("failed", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mailto:someone@example.org")]
    [InlineData("javascript:alert(1)")]
    public void Meta_NotAWebAddress_IsBadInput(string url)
    {
        var run = Run(["meta", url]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not an http or https address", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, _server.TotalHits);
    }

    [Fact]
    public void Check_Fetch_CatchesThePastedDescription()
    {
        var run = Run(["check", "-", "--fetch", "--json"], FixtureSite.VideoLink + "\n" + FixtureSite.VideoDescriptionStart);

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("drive_by", json.RootElement.GetProperty("verdict").GetString());
        Assert.Matches(@"^\d+ % of your text is the video's description", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("fetched", json.RootElement.GetProperty("metadata")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void Check_Report_HasAMetadataLine()
    {
        var run = Run(["check", "-", "--fetch"], FixtureSite.TelegramLink + " so good to hear");

        Assert.Contains("Metadata", run.Out, StringComparison.Ordinal);
        Assert.Contains(FixtureSite.TelegramLink + ": fetched (opengraph)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SlowSite_ComesBackWithinTheBudget_AndSaysSo()
    {
        var clock = Stopwatch.StartNew();
        var run = Run(["check", "-", "--fetch", "--budget", "0.3"], FixtureSite.SlowLink + " the council finally did something");
        clock.Stop();

        Assert.True(clock.Elapsed < FixtureSite.SlowDelay, $"took {clock.Elapsed}");
        Assert.Contains("timed out: judged without it (no answer within the 0.3 s budget)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Offline_WithAnEmptyCache_SendsNothing_AndSaysItHadNoMetadata()
    {
        var run = Run(["check", "-", "--offline", "--json"], FixtureSite.VideoLink + " nice");

        Assert.Equal(0, _server.TotalHits);
        Assert.Contains("\"status\":\"not_cached\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Fetch_WhereNoFetcherMayBeUsed_IsRefusedWithWhatToDo()
    {
        var run = CliRun.Invoke(
            ["check", "-", "--fetch", "--cache", CachePath], System.Text.Encoding.UTF8.GetBytes(FixtureSite.VideoLink), new CliServices(() => null));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("use --offline", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InstalledCommand_FetchesThroughTheSafeFetcher()
    {
        var fetcher = CliServices.Default.CreateFetcher();
        Assert.IsType<SaySomething.Fetching.SafeFetcher>(fetcher);
        ((IDisposable)fetcher).Dispose();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("120")]
    [InlineData("soon")]
    public void Check_BadBudget_IsBadInput(string budget)
    {
        var run = Run(["check", "-", "--fetch", "--budget", budget], FixtureSite.VideoLink);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--budget", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CacheThatIsAFolder_IsBadInput()
    {
        var run = CliRun.Invoke(["check", "-", "--fetch", "--cache", _folder], System.Text.Encoding.UTF8.GetBytes(FixtureSite.VideoLink), Services);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Fetch_JudgesEachPostWithItsMetadata()
    {
        string posts = Path.Combine(_folder, "posts.jsonl");
        File.WriteAllLines(posts,
        [
            JsonSerializer.Serialize(new { id = "copy", text = FixtureSite.VideoLink + "\n" + FixtureSite.VideoDescriptionStart }),
            JsonSerializer.Serialize(new { id = "own", text = FixtureSite.VideoLink + "\nI crossed that canal every day on my way to school, and I'm amazed they rebuilt it by hand." }),
        ]);

        var run = Run(["scan", posts, "--fetch", "--output", "-", "--threads", "2"]);

        string[] lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"verdict\":\"drive_by\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("of your text is the video's description", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"commented\"", lines[1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.Contains("\"metadata\":[{", l, StringComparison.Ordinal));
        Assert.Equal(1, _server.Hits("www.youtube.com", "/watch"));
    }
}
