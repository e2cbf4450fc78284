using SaySomething.Core.Judging;

namespace SaySomething.Core.Tests.Judging;

/// <summary>The judgement repeats what the caller says became of each link's metadata, and says when it was missing.</summary>
public sealed class MetadataStatusTests
{
    private const string Post = "https://youtu.be/Rk3fTq9ZpLw";

    [Fact]
    public void NoStatus_NoMetadataFieldEntries_AndNoFinding()
    {
        var judgement = PostJudge.Default.Judge(new PostToJudge { Text = Post });

        Assert.Empty(judgement.MetadataStatus);
        Assert.DoesNotContain(judgement.Findings, f => f.Code == "metadata_unavailable");
        Assert.Contains("\"metadata\":[]", JudgementJson.ToJson(judgement), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MetadataState.TimedOut, "no answer within the 1.5 s budget", true)]
    [InlineData(MetadataState.Failed, "HTTP 404", true)]
    [InlineData(MetadataState.NotCached, null, true)]
    [InlineData(MetadataState.Fetched, null, false)]
    [InlineData(MetadataState.Cached, null, false)]
    [InlineData(MetadataState.Off, "fetching is off", false)]
    public void MissingMetadata_IsAFinding(MetadataState state, string? detail, bool finding)
    {
        var status = new LinkMetadataStatus(Post, "youtube:Rk3fTq9ZpLw", state, null, detail);

        var judgement = PostJudge.Default.Judge(new PostToJudge { Text = Post, MetadataStatus = [status] });

        Assert.Equal(status, Assert.Single(judgement.MetadataStatus));
        Assert.Equal(finding, judgement.Findings.Any(f => f.Code == "metadata_unavailable" && f.Detail.Contains(Post, StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_WritesEachStatus_AfterTheExistingFields()
    {
        var status = new LinkMetadataStatus(Post, "youtube:Rk3fTq9ZpLw", MetadataState.Cached, "oembed+watch_page");

        string json = JudgementJson.ToJson(PostJudge.Default.Judge(new PostToJudge { Text = Post, MetadataStatus = [status] }));

        Assert.EndsWith(
            "\"read_note\":null,\"metadata\":[{\"url\":\"https://youtu.be/Rk3fTq9ZpLw\",\"canonical\":\"youtube:Rk3fTq9ZpLw\",\"status\":\"cached\",\"source\":\"oembed+watch_page\",\"detail\":null}]}",
            json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void NotApplicablePost_StillCarriesTheStatus()
    {
        var status = new LinkMetadataStatus("https://example.org/", null, MetadataState.Off);

        var judgement = PostJudge.Default.Judge(new PostToJudge { Text = "no link", MetadataStatus = [status] });

        Assert.Equal(Verdict.NotApplicable, judgement.Verdict);
        Assert.Single(judgement.MetadataStatus);
    }

    [Fact]
    public void FindLinks_GivesTheLinksTheJudgeGoverns()
    {
        var links = PostJudge.Default.FindLinks(new PostToJudge { Text = "[QUOTE]https://youtu.be/aaaaaaaaaaa[/QUOTE] https://youtu.be/Rk3fTq9ZpLw", Format = Core.Documents.MarkupFormat.BbCode });

        Assert.Equal([false, true], links.Select(l => l.Governed));
        Assert.Equal("youtube:Rk3fTq9ZpLw", links[1].Canonical);
    }
}
