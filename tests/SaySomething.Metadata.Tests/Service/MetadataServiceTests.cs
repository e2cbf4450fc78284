using Microsoft.Extensions.Time.Testing;
using SaySomething.Core.Judging;
using SaySomething.Core.Policies;
using SaySomething.Metadata.Fixtures;

namespace SaySomething.Metadata.Tests.Service;

public sealed class MetadataServiceTests
{
    [Fact]
    public async Task SecondPost_WithTheSameVideo_IsServedFromTheCache_WithoutARequest()
    {
        await using var fixture = await ServiceFixture.StartAsync();
        await fixture.CheckAsync("https://www.youtube.com/watch?v=Rk3fTq9ZpLw what a job");
        int hits = fixture.Server.TotalHits;

        // Another form of the same link, in another process's service: same canonical id, same cache file.
        fixture.NewService();
        var (_, gathered) = await fixture.CheckAsync("youtu.be/Rk3fTq9ZpLw great work");

        Assert.Equal(2, hits);
        Assert.Equal(hits, fixture.Server.TotalHits);
        var link = Assert.Single(gathered.Links);
        Assert.Equal((MetadataState.Cached, "hit"), (link.State, link.CacheStatus));
        Assert.Equal("Field Notes Crew", link.Metadata?.Author);
    }

    [Fact]
    public async Task CachedMetadata_ExpiresAfterItsTtl_AndIsFetchedAgain()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 14, 12, 0, 0, TimeSpan.Zero));
        await using var fixture = await ServiceFixture.StartAsync(new MetadataOptions { Ttl = TimeSpan.FromHours(1) }, time);
        await fixture.CheckAsync(FixtureSite.TelegramLink + " wow");

        time.Advance(TimeSpan.FromMinutes(59));
        await fixture.CheckAsync(FixtureSite.TelegramLink + " wow");
        Assert.Equal(1, fixture.Server.Hits("t.me", "/rivernews/4521"));

        time.Advance(TimeSpan.FromMinutes(2));
        var (_, gathered) = await fixture.CheckAsync(FixtureSite.TelegramLink + " wow");
        Assert.Equal(2, fixture.Server.Hits("t.me", "/rivernews/4521"));
        Assert.Equal(MetadataState.Fetched, Assert.Single(gathered.Links).State);
    }

    [Fact]
    public async Task Failure_IsRememberedForTheShorterTtl()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 14, 12, 0, 0, TimeSpan.Zero));
        await using var fixture = await ServiceFixture.StartAsync(new MetadataOptions { FailureTtl = TimeSpan.FromMinutes(10) }, time);
        var (_, first) = await fixture.CheckAsync(FixtureSite.MissingLink + " read this");
        Assert.Equal(MetadataState.Failed, Assert.Single(first.Links).State);
        Assert.Contains("404", first.Links[0].Detail, StringComparison.Ordinal);

        var (judgement, second) = await fixture.CheckAsync(FixtureSite.MissingLink + " read this");
        Assert.Equal(1, fixture.Server.Hits("gone.example.org", "/city/2026/05/removed-story-of-the-day"));
        Assert.Equal("failure_hit", Assert.Single(second.Links).CacheStatus);
        Assert.Contains(judgement.Findings, f => f.Code == "metadata_unavailable" && f.Detail.Contains("remembered failure", StringComparison.Ordinal));

        time.Advance(TimeSpan.FromMinutes(11));
        await fixture.CheckAsync(FixtureSite.MissingLink + " read this");
        Assert.Equal(2, fixture.Server.Hits("gone.example.org", "/city/2026/05/removed-story-of-the-day"));
    }

    [Fact]
    public async Task Offline_UsesOnlyTheCache_AndSendsNoRequest()
    {
        await using var fixture = await ServiceFixture.StartAsync();

        var (judgement, gathered) = await fixture.CheckAsync(FixtureSite.VideoLink + " look", FetchSetting.CacheOnly);

        Assert.Equal(0, fixture.Server.TotalHits);
        Assert.Equal(MetadataState.NotCached, Assert.Single(gathered.Links).State);
        Assert.Contains(judgement.Findings, f => f.Code == "metadata_unavailable");

        await fixture.CheckAsync(FixtureSite.VideoLink + " look");
        var (_, cached) = await fixture.CheckAsync(FixtureSite.VideoLink + " look", FetchSetting.CacheOnly);
        Assert.Equal(MetadataState.Cached, Assert.Single(cached.Links).State);
    }

    [Theory]
    [InlineData("fetch: off", MetadataState.Off)]
    [InlineData("fetch: cache_only", MetadataState.NotCached)]
    public async Task PolicyFetchSetting_NarrowsWhatTheCallerAllows(string yaml, MetadataState expected)
    {
        await using var fixture = await ServiceFixture.StartAsync();
        var judge = new PostJudge(PolicyFile.Parse(yaml, "policy.yaml"));

        var (judgement, gathered) = await fixture.CheckAsync(FixtureSite.VideoLink + " look", FetchSetting.On, judge);

        Assert.Equal(0, fixture.Server.TotalHits);
        Assert.Equal(expected, Assert.Single(gathered.Links).State);
        Assert.Equal(expected == MetadataState.Off, judgement.Findings.All(f => f.Code != "metadata_unavailable"));
    }

    [Fact]
    public async Task PolicyFetchOff_ForOneCommunity_LeavesOthersFetching()
    {
        await using var fixture = await ServiceFixture.StartAsync();
        var judge = new PostJudge(PolicyFile.Parse("communities:\n  private:\n    fetch: off\n", "policy.yaml"));
        var post = new PostToJudge { Text = FixtureSite.TelegramLink + " look", Community = "private" };

        var off = await fixture.Service.GatherAsync(post, judge, FetchSetting.On, CancellationToken.None);
        var on = await fixture.Service.GatherAsync(new PostToJudge { Text = post.Text }, judge, FetchSetting.On, CancellationToken.None);

        Assert.Equal((MetadataState.Off, MetadataState.Fetched), (off.Links[0].State, on.Links[0].State));
    }

    [Fact]
    public async Task Redirects_AreFollowed()
    {
        await using var fixture = await ServiceFixture.StartAsync();

        var report = await fixture.Service.DescribeAsync(FixtureSite.RedirectingLink, FetchSetting.On, CancellationToken.None);

        Assert.Equal(MetadataState.Fetched, report.State);
        Assert.Equal("Town council approves night trams for the summer", report.Metadata?.Title);
        Assert.Equal("Mira Kostenko", report.Metadata?.Author);
    }

    [Theory]
    [InlineData(FixtureSite.BrokenLink, "HTTP 500")]
    [InlineData(FixtureSite.WrongTypeLink, "image/png")]
    [InlineData(FixtureSite.MissingLink, "HTTP 404")]
    public async Task FailingSites_AreFailures_WithTheFetchersReason(string url, string reason)
    {
        await using var fixture = await ServiceFixture.StartAsync();

        var report = await fixture.Service.DescribeAsync(url, FetchSetting.On, CancellationToken.None);

        Assert.Equal(MetadataState.Failed, report.State);
        Assert.Contains(reason, report.Detail, StringComparison.Ordinal);
        Assert.Null(report.ToLinkMetadata());
    }

    [Fact]
    public async Task FetchThatOutlivesTheBudget_StillFillsTheCache()
    {
        await using var fixture = await ServiceFixture.StartAsync(new MetadataOptions { Budget = TimeSpan.FromMilliseconds(100) });
        var (_, first) = await fixture.CheckAsync(FixtureSite.SlowLink + " hm");
        Assert.Equal(MetadataState.TimedOut, first.Links[0].State);

        await fixture.Service.WhenIdleAsync();
        var (_, second) = await fixture.CheckAsync(FixtureSite.SlowLink + " hm");

        Assert.Equal(MetadataState.Cached, second.Links[0].State);
        Assert.Equal(1, fixture.Server.Hits("slow.example.org", "/city/2026/05/slow-story-of-the-day"));
    }

    [Fact]
    public async Task OneLinkWrittenTwice_IsFetchedOnce()
    {
        await using var fixture = await ServiceFixture.StartAsync(withCache: false);

        var (_, gathered) = await fixture.CheckAsync($"{FixtureSite.VideoLink} and again https://www.youtube.com/watch?v=Rk3fTq9ZpLw");

        Assert.Single(gathered.Links);
        Assert.Equal(1, fixture.Server.Hits("www.youtube.com", "/watch"));
    }

    [Fact]
    public async Task MoreGovernedLinksThanTheLimit_TheRestAreReportedNotFetched()
    {
        await using var fixture = await ServiceFixture.StartAsync(new MetadataOptions { MaxLinksPerPost = 1 });

        var (_, gathered) = await fixture.CheckAsync($"{FixtureSite.VideoLink} {FixtureSite.TelegramLink}");

        Assert.Equal(2, gathered.Links.Count);
        Assert.Contains("more than 1 governed links", gathered.Links[1].Detail, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Server.Hits("t.me", "/rivernews/4521"));
    }

    [Fact]
    public async Task PostWithoutGovernedLinks_GathersNothing()
    {
        await using var fixture = await ServiceFixture.StartAsync();

        var (judgement, gathered) = await fixture.CheckAsync("no links here, just words");

        Assert.Empty(gathered.Links);
        Assert.Empty(judgement.MetadataStatus);
        Assert.Equal(0, fixture.Server.TotalHits);
    }

    [Fact]
    public async Task NoFetcher_IsCacheOnly()
    {
        using var service = new MetadataService(null, null);

        var report = await service.DescribeAsync(FixtureSite.VideoLink, FetchSetting.On, CancellationToken.None);

        Assert.Equal(MetadataState.NotCached, report.State);
        Assert.Contains("no fetcher", report.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostLimit_OneAtATime_ServesEveryLinkOfOneHost()
    {
        await using var fixture = await ServiceFixture.StartAsync(new MetadataOptions { PerHostConcurrency = 1 }, withCache: false);

        var (_, gathered) = await fixture.CheckAsync($"{FixtureSite.ArticleLink} {FixtureSite.RedirectingLink}");

        Assert.All(gathered.Links, l => Assert.Equal(MetadataState.Fetched, l.State));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(61_000)]
    public void BudgetOutsideItsRange_IsRefused_NamingTheOption(int milliseconds)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MetadataService(null, null, new MetadataOptions { Budget = TimeSpan.FromMilliseconds(milliseconds) }));

        Assert.Equal("Budget", error.ParamName);
    }
}
