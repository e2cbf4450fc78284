using SaySomething.Fetching.Resolution;

namespace SaySomething.Fetching.Tests.TestSupport;

/// <summary>Builds fetchers for tests: the default limits unless told, with short timeouts where a test waits.</summary>
internal static class Fetchers
{
    /// <summary>The media types most tests accept.</summary>
    public static readonly string[] Html = ["text/html", "application/xhtml+xml"];

    /// <summary>Creates a fetcher over <paramref name="connector"/> (recorded) or the real socket connector (null).</summary>
    public static SafeFetcher Create(
        IDnsResolver resolver, RecordingConnector? connector = null, SafeFetcherOptions? options = null, TimeProvider? time = null)
    {
        options ??= new SafeFetcherOptions();
        return connector is null
            ? new SafeFetcher(options, resolver, time ?? TimeProvider.System, new Http.SocketConnector())
            : new SafeFetcher(options, resolver, time ?? TimeProvider.System, connector);
    }

    /// <summary>Fetches <paramref name="url"/> accepting HTML.</summary>
    public static Task<FetchResult> GetAsync(this SafeFetcher fetcher, string url, long? maxBodyBytes = null)
        => fetcher.FetchAsync(new FetchRequest(new Uri(url), Html, maxBodyBytes), CancellationToken.None);
}
