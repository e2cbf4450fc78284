using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Vectors;

/// <summary>
/// G1.1: every vector is refused with the right failure, and the fetcher tries no connection at all (the recording
/// connector sees zero attempts), whatever the resolver answers.
/// </summary>
public sealed class SsrfVectorTests
{
    [Fact]
    public void Corpus_has_at_least_70_vectors_in_every_group()
    {
        var groups = SsrfVectors.All.Select(row => (string)row[0]).ToList();

        Assert.True(groups.Count >= 70, $"{groups.Count} vectors");
        Assert.Equal(
            ["broadcast", "ipv4-mapped", "link-local/metadata", "loopback", "names", "non-ascii", "private", "reserved",
             "shared", "structural", "transition", "unspecified"],
            groups.Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SsrfVectors.All), MemberType = typeof(SsrfVectors))]
    public async Task Vector_is_refused_without_any_connection(string group, string url, FetchFailure expected)
    {
        StubResolver resolver = SsrfVectors.Resolver();
        var connector = new RecordingConnector();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector);

        FetchFailure failure;
        string detail;
        if (Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out Uri? uri))
        {
            FetchResult result = await fetcher.FetchAsync(new FetchRequest(uri, Fetchers.Html), CancellationToken.None);
            (failure, detail) = (result.Failure, result.Detail);
            Assert.Null(result.StatusCode);
            Assert.True(result.Body.IsEmpty);
        }
        else
        {
            // Not even a URI: no FetchRequest can carry it, which is the refusal.
            (failure, detail) = (FetchFailure.RefusedUrl, "not a URI");
        }

        Assert.True(expected == failure, $"[{group}] {url}: expected {expected}, got {failure} ({detail})");
        Assert.Empty(connector.Attempts);
        Assert.All(resolver.Calls, name => Assert.True(name.All(char.IsAscii), $"resolver asked for non-ASCII '{name}'"));
        Assert.DoesNotContain('\n', detail);
    }

    [Fact]
    public async Task Mapped_loopback_answer_is_refused_as_loopback()
    {
        using SafeFetcher fetcher = Fetchers.Create(SsrfVectors.Resolver(), new RecordingConnector());

        FetchResult result = await fetcher.GetAsync("https://forbidden-12.attacker.example/");

        Assert.Equal(FetchFailure.RefusedAddress, result.Failure);
        Assert.Equal("refused forbidden-12.attacker.example (127.0.0.1): loopback address", result.Detail);
    }

    [Theory]
    [InlineData("https://[64:ff9b::169.254.169.254]/", "embeds 169.254.169.254")]
    [InlineData("https://[2002:a9fe:a9fe::1]/", "embeds 169.254.169.254")]
    [InlineData("https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "embeds 192.0.2.45")]
    [InlineData("https://10.0.0.2/", "private address (RFC 1918)")]
    [InlineData("https://169.254.169.254/", "cloud metadata service")]
    [InlineData("https://168.63.129.16/", "Azure WireServer")]
    public async Task Refusal_names_the_reason(string url, string reason)
    {
        using SafeFetcher fetcher = Fetchers.Create(new StubResolver(), new RecordingConnector());

        FetchResult result = await fetcher.GetAsync(url);

        Assert.Contains(reason, result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_denied_range_is_refused()
    {
        var resolver = new StubResolver().Map("partner.example", "93.184.216.34");
        var connector = new RecordingConnector();
        using SafeFetcher fetcher = Fetchers.Create(resolver, connector, new SafeFetcherOptions
        {
            AdditionalDeniedNetworks = [System.Net.IPNetwork.Parse("93.184.216.0/24")],
        });

        FetchResult result = await fetcher.GetAsync("http://partner.example/");

        Assert.Equal(FetchFailure.RefusedAddress, result.Failure);
        Assert.Contains("93.184.216.0/24", result.Detail, StringComparison.Ordinal);
        Assert.Empty(connector.Attempts);
    }
}
