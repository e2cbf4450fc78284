using System.Net;
using System.Net.Sockets;
using SaySomething.Fetching.Tests.TestSupport;

namespace SaySomething.Fetching.Tests.Loopback;

/// <summary>
/// Loopback spellings against a real listener on 127.0.0.1 and the real socket connector: the listener's port is an
/// allowed port, so only the address policy stands between the fetcher and the listener, which must accept nothing.
/// </summary>
public sealed class LoopbackListenerTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _port;

    public LoopbackListenerTests()
    {
        _listener.Start();
        _port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    public static TheoryData<string> Spellings => new()
    {
        "127.0.0.1", "0177.1", "0x7f000001", "2130706433", "127.0.1", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
        "0.0.0.0", "0", "localhost", "loop.attacker.example", "loop6.attacker.example", "[::1]",
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task Loopback_spelling_reaches_no_listener(string host)
    {
        var resolver = new StubResolver()
            .Map("loop.attacker.example", "127.0.0.1")
            .Map("loop6.attacker.example", "::ffff:127.0.0.1")
            .Map("localhost", "127.0.0.1");
        using SafeFetcher fetcher = Fetchers.Create(resolver, options: new SafeFetcherOptions { AllowedPorts = new HashSet<int> { 80, 443, _port } });

        FetchResult result = await fetcher.GetAsync($"http://{host}:{_port}/");

        Assert.Equal(FetchFailure.RefusedAddress, result.Failure);
        Assert.False(_listener.Pending(), "a connection reached the loopback listener");
    }

    [Fact]
    public async Task Listener_does_see_a_connection_the_test_permission_allows()
    {
        using SafeFetcher fetcher = Fetchers.Create(new StubResolver(), options: new SafeFetcherOptions
        {
            TotalTimeout = TimeSpan.FromMilliseconds(500),
            UnsafeLoopbackAccessForTests = LoopbackTestAccess.ForTestServersOnPorts(_port),
        });

        FetchResult result = await fetcher.GetAsync($"http://127.0.0.1:{_port}/");

        // The listener never answers, so the fetch times out; what matters is that the connection arrived.
        Assert.Equal(FetchFailure.Timeout, result.Failure);
        Assert.True(_listener.Pending(), "the allowed connection did not reach the listener");
    }

    public void Dispose() => _listener.Dispose();
}
