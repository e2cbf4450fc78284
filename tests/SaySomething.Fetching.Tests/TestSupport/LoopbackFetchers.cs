namespace SaySomething.Fetching.Tests.TestSupport;

/// <summary>Fetchers for servers on 127.0.0.1 through the real socket connector and the test-only permission.</summary>
internal static class LoopbackFetchers
{
    /// <summary>Creates a fetcher that may reach 127.0.0.1:<paramref name="port"/>; everything else keeps the defaults.</summary>
    public static SafeFetcher Create(int port, TimeSpan? total = null, int headersKiB = 32, TimeProvider? time = null)
        => Fetchers.Create(new StubResolver(), options: new SafeFetcherOptions
        {
            UnsafeLoopbackAccessForTests = LoopbackTestAccess.ForTestServersOnPorts(port),
            TotalTimeout = total ?? TimeSpan.FromSeconds(15),
            MaxResponseHeadersKiB = headersKiB,
        }, time: time);
}
