using System.Net;
using SaySomething.Core.Judging;
using SaySomething.Core.Policies;
using SaySomething.Fetching;
using SaySomething.Fetching.Resolution;
using SaySomething.Metadata.Fixtures;

namespace SaySomething.Metadata.Tests.Service;

/// <summary>
/// The metadata service through the real <see cref="SafeFetcher"/> (not the loopback stand-in): names resolve through a
/// stub resolver, and only the fixture server's port on 127.0.0.1 is opened, by the fetcher's test-only access.
/// </summary>
public sealed class SafeFetcherEndToEndTests
{
    private const string ArticlePath = "/city/2026/05/night-trams-approved";

    [Fact]
    public async Task PastedArticle_FetchedThroughTheSafeFetcher_IsCopiedFromTheArticle()
    {
        await using var server = (await FixtureServer.StartAsync()).MapAll();
        using var fetcher = SafeFetcherFor(server, new Resolver { ["gazette.example.org"] = IPAddress.Loopback });
        using var service = new MetadataService(fetcher, cache: null);
        string link = $"http://gazette.example.org:{server.Address.Port}{ArticlePath}";
        const string Pasted = """
            Trams will run every twenty minutes after midnight from June to September, the town council decided on Tuesday after a debate that lasted well into the evening. The trial covers the two lines that link the harbour with the university district and the railway station.
            """;

        var post = new PostToJudge { Text = link + "\n" + Pasted };
        var gathered = await service.GatherAsync(post, PostJudge.Default, FetchSetting.On, CancellationToken.None);
        var judgement = PostJudge.Default.Judge(gathered.ApplyTo(post));

        Assert.Equal(MetadataState.Fetched, Assert.Single(gathered.Links).State);
        Assert.Equal(1, server.Hits("gazette.example.org", ArticlePath));
        Assert.Equal(Verdict.DriveBy, judgement.Verdict);
        Assert.Equal(DriveByReason.Copied, judgement.Reason);
        Assert.Contains("of your text is", judgement.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkToAPrivateAddress_IsRefusedWithoutAConnection_AndTheVerdictSaysSo()
    {
        await using var server = (await FixtureServer.StartAsync()).MapAll();

        // The name points at a private address; the fixture server would answer if anything reached loopback.
        using var fetcher = SafeFetcherFor(server, new Resolver { ["gazette.example.org"] = IPAddress.Parse("10.0.0.7") });
        using var service = new MetadataService(fetcher, cache: null);
        var post = new PostToJudge { Text = $"http://gazette.example.org:{server.Address.Port}{ArticlePath}" };

        var gathered = await service.GatherAsync(post, PostJudge.Default, FetchSetting.On, CancellationToken.None);
        var judgement = PostJudge.Default.Judge(gathered.ApplyTo(post));

        var status = Assert.Single(gathered.Links);
        Assert.Equal(MetadataState.Failed, status.State);
        Assert.Contains("10.0.0.7", status.Detail, StringComparison.Ordinal);
        Assert.Equal(0, server.TotalHits);
        Assert.Equal(Verdict.DriveBy, judgement.Verdict);
        Assert.Contains(judgement.Findings, f => f.Code == "metadata_unavailable");
    }

    private static SafeFetcher SafeFetcherFor(FixtureServer server, Resolver resolver) =>
        new(new SafeFetcherOptions
        {
            AllowedPorts = new HashSet<int> { server.Address.Port },
            UnsafeLoopbackAccessForTests = LoopbackTestAccess.ForTestServersOnPorts(server.Address.Port),
            TotalTimeout = TimeSpan.FromSeconds(5),
        }, resolver);

    /// <summary>Answers the names it was given; any other name does not resolve.</summary>
    private sealed class Resolver : Dictionary<string, IPAddress>, IDnsResolver
    {
        public Resolver()
            : base(StringComparer.OrdinalIgnoreCase)
        {
        }

        public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IPAddress>>(TryGetValue(host, out var address) ? [address] : []);
    }
}
