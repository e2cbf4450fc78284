using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Loopback;

/// <summary>The test-only loopback permission opens 127.0.0.1 on the named ports and nothing else.</summary>
public sealed class LoopbackTestAccessTests
{
    private static int Port => TestWebServer.Shared.HttpPort;

    [Fact]
    public async Task Default_options_refuse_the_local_test_server()
    {
        using SafeFetcher fetcher = Fetchers.Create(new StubResolver(), options: new SafeFetcherOptions { AllowedPorts = new HashSet<int> { Port } });

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{Port}/ok");

        Assert.Equal(FetchFailure.RefusedAddress, result.Failure);
    }

    [Fact]
    public async Task Permission_reaches_the_named_port()
    {
        using SafeFetcher fetcher = Create();

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{Port}/ok");

        Assert.True(result.Succeeded, result.Detail);
    }

    [Theory]
    [InlineData("http://127.0.0.2:{0}/ok", FetchFailure.RefusedAddress)]
    [InlineData("http://[::1]:{0}/ok", FetchFailure.RefusedAddress)]
    [InlineData("http://127.0.0.1/ok", FetchFailure.RefusedAddress)]
    [InlineData("http://127.0.0.1:8080/ok", FetchFailure.RefusedPort)]
    [InlineData("http://93.184.216.34:{0}/ok", FetchFailure.RefusedPort)]
    public async Task Permission_opens_nothing_else(string template, FetchFailure expected)
    {
        var connector = new RecordingConnector();
        using SafeFetcher fetcher = Fetchers.Create(new StubResolver(), connector, new SafeFetcherOptions
        {
            UnsafeLoopbackAccessForTests = LoopbackTestAccess.ForTestServersOnPorts(Port),
        });

        FetchResult result = await fetcher.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Port));

        Assert.Equal(expected, result.Failure);
        Assert.Empty(connector.Attempts);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(443)]
    [InlineData(0)]
    [InlineData(70000)]
    public void Low_or_invalid_ports_cannot_be_opened(int port)
    {
        var error = Assert.Throws<ArgumentException>(() => LoopbackTestAccess.ForTestServersOnPorts(port));
        Assert.Contains("1024 to 65535", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_port_is_an_error()
        => Assert.Throws<ArgumentException>(() => LoopbackTestAccess.ForTestServersOnPorts());

    private static SafeFetcher Create() => Fetchers.Create(new StubResolver(), options: new SafeFetcherOptions
    {
        UnsafeLoopbackAccessForTests = LoopbackTestAccess.ForTestServersOnPorts(Port),
    });
}
