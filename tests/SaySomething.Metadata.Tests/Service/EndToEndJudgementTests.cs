using System.Diagnostics;
using SaySomething.Core.Judging;
using SaySomething.Metadata.Fixtures;

namespace SaySomething.Metadata.Tests.Service;

/// <summary>Posts judged with metadata fetched from real HTTP servers on 127.0.0.1, as the issue's "done when" asks.</summary>
public sealed class EndToEndJudgementTests
{
    [Fact]
    public async Task PastedVideoDescription_IsADriveBy_NamingTheShareAndTheDescription()
    {
        await using var fixture = await ServiceFixture.StartAsync();

        var (judgement, gathered) = await fixture.CheckAsync(FixtureSite.VideoLink + "\n\n" + FixtureSite.VideoDescriptionStart);

        Assert.Equal(Verdict.DriveBy, judgement.Verdict);
        Assert.Contains(judgement.Reason, new[] { DriveByReason.Copied, DriveByReason.DescriptionOnly });
        Assert.Matches(@"^\d+ % of your text is the video's description\.", judgement.Message);
        Assert.Contains(judgement.Copies, c => c.Source == "description" && c.Share >= 0.9);
        var link = Assert.Single(gathered.Links);
        Assert.Equal((MetadataState.Fetched, "youtube:Rk3fTq9ZpLw"), (link.State, link.Canonical));
        Assert.Equal("Field Notes Crew", link.Metadata?.Author);
        Assert.Equal("fetched", LinkMetadataStatus.StateName(Assert.Single(judgement.MetadataStatus).State));
    }

    [Fact]
    public async Task PastedVideoDescription_WithoutFetching_IsNotNamedAsTheDescription()
    {
        // The control: what the judge can say without the metadata (no share of a description to name).
        var judgement = PostJudge.Default.Judge(new PostToJudge { Text = FixtureSite.VideoLink + "\n\n" + FixtureSite.VideoDescriptionStart });

        Assert.DoesNotContain(judgement.Copies, c => c.Source == "description");
    }

    [Fact]
    public async Task PastedArticle_IsCopiedFromTheArticle()
    {
        await using var fixture = await ServiceFixture.StartAsync();
        const string Pasted = """
            Trams will run every twenty minutes after midnight from June to September, the town council decided on Tuesday after a debate that lasted well into the evening. The trial covers the two lines that link the harbour with the university district and the railway station.

            The transport department estimates that the extra services will cost about four hundred thousand a season, most of it for drivers' night allowances.
            """;

        var (judgement, gathered) = await fixture.CheckAsync(FixtureSite.ArticleLink + "\n" + Pasted);

        Assert.Equal(Verdict.DriveBy, judgement.Verdict);
        Assert.Equal(DriveByReason.Copied, judgement.Reason);
        Assert.Contains(judgement.Copies, c => c.Source is "article" or "description");
        Assert.Contains("of your text is", judgement.Message, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(gathered.Links).Metadata?.ArticleText);
    }

    [Fact]
    public async Task RealComment_WithTheLink_IsCommented()
    {
        await using var fixture = await ServiceFixture.StartAsync();

        var (judgement, _) = await fixture.CheckAsync(FixtureSite.VideoLink + "\nI crossed that canal every day on my way to school, and I'm amazed they rebuilt the bridge by hand in under two weeks.");

        Assert.Equal(Verdict.Commented, judgement.Verdict);
    }

    [Fact]
    public async Task XPostText_PastedUnderTheLink_IsCaught()
    {
        await using var fixture = await ServiceFixture.StartAsync();

        var (judgement, gathered) = await fixture.CheckAsync(FixtureSite.XLink + "\nThe night ferry from Varna was turned back twice by the storm and finally docked at 4 a.m. with all 212 passengers safe. Crew handed out blankets and tea on the quay.");

        Assert.Equal(Verdict.DriveBy, judgement.Verdict);
        Assert.Contains(judgement.Copies, c => c.Source == "description" && c.Share >= 0.9);
        Assert.Contains("the text of the post", judgement.Message, StringComparison.Ordinal);
        Assert.Equal("oembed", Assert.Single(gathered.Links).ToStatus().Source);
    }

    [Fact]
    public async Task TelegramPostText_FromItsPreviewPage_IsCaught()
    {
        await using var fixture = await ServiceFixture.StartAsync();

        var (judgement, _) = await fixture.CheckAsync(FixtureSite.TelegramLink + " Water levels on the lower Dnipro fell by forty centimetres overnight. Ferry crossings at Nikopol resume tomorrow morning, the port authority says.");

        Assert.Equal(Verdict.DriveBy, judgement.Verdict);
        Assert.Contains(judgement.Copies, c => c.Source == "description");
    }

    [Fact]
    public async Task SlowSite_TheVerdictComesWithinTheBudget_AndSaysTheMetadataWasMissing()
    {
        var budget = TimeSpan.FromMilliseconds(400);
        await using var fixture = await ServiceFixture.StartAsync(new MetadataOptions { Budget = budget });
        var clock = Stopwatch.StartNew();

        var (judgement, gathered) = await fixture.CheckAsync(FixtureSite.SlowLink + "\nTrams will run every twenty minutes after midnight from June to September, the town council decided on Tuesday.");
        clock.Stop();

        // The slack covers judging and scheduling on a loaded two-core machine; the site takes ten times the budget.
        Assert.InRange(clock.Elapsed, budget - TimeSpan.FromMilliseconds(50), budget + TimeSpan.FromMilliseconds(1500));
        var status = Assert.Single(judgement.MetadataStatus);
        Assert.Equal(MetadataState.TimedOut, status.State);
        Assert.Contains("0.4 s budget", status.Detail, StringComparison.Ordinal);
        Assert.Contains(judgement.Findings, f => f.Code == "metadata_unavailable" && f.Detail.Contains(FixtureSite.SlowLink, StringComparison.Ordinal));
        Assert.Contains("\"status\":\"timed_out\"", JudgementJson.ToJson(judgement), StringComparison.Ordinal);
        Assert.Equal(MetadataState.TimedOut, Assert.Single(gathered.Links).State);
    }

    [Fact]
    public async Task MetadataStatus_IsLastInTheJson_AndEmptyWhenNothingWasGathered()
    {
        string json = JudgementJson.ToJson(PostJudge.Default.Judge(new PostToJudge { Text = FixtureSite.VideoLink }));

        Assert.EndsWith(",\"read_note\":null,\"metadata\":[]}", json, StringComparison.Ordinal);
    }
}
