using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using SaySomething.Fetching;

namespace SaySomething.Metadata.Fixtures;

/// <summary>
/// TEST ONLY: an <see cref="ISafeFetcher"/> that sends every address, whatever its host, to one <see cref="FixtureServer"/>
/// on 127.0.0.1, keeping the original host in the Host header. It honours the contract's observable behaviour (redirects
/// followed by hand, at most 3; body cap; content-type check; time limit; failures as results) but none of the SSRF
/// checks: it exists until the real <c>SafeFetcher</c> is in main, and must never be used outside tests.
/// </summary>
public sealed class LoopbackFetcher : ISafeFetcher, IDisposable
{
    /// <summary>Most redirects followed.</summary>
    public const int MaxRedirects = 3;

    private readonly FixtureServer _server;
    private readonly HttpClient _client;
    private int _fetches;

    /// <summary>Creates a fetcher for <paramref name="server"/> with a total time limit per fetch.</summary>
    public LoopbackFetcher(FixtureServer server, TimeSpan? timeout = null)
    {
        _server = server;
        Timeout = timeout ?? TimeSpan.FromSeconds(10);
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(2),
        })
        { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    /// <summary>Gets the total time limit of one fetch.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Gets the number of fetches asked of it.</summary>
    public int Fetches => _fetches;

    /// <inheritdoc />
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Interlocked.Increment(ref _fetches);
        var clock = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        Uri url = request.Url;
        var redirects = new List<Uri>();
        try
        {
            while (true)
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Address, url.PathAndQuery));
                message.Headers.Host = url.Authority;
                using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (redirects.Count == MaxRedirects)
                    {
                        return Fail(request, FetchFailure.TooManyRedirects, $"more than {MaxRedirects} redirects", clock, status, redirects);
                    }

                    url = new Uri(url, location);
                    redirects.Add(url);
                    continue;
                }

                if (status is < 200 or >= 300)
                {
                    return Fail(request, FetchFailure.HttpError, $"HTTP {status} from {url.Host}", clock, status, redirects);
                }

                MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
                string? media = type?.MediaType?.ToLowerInvariant();
                if (media is null || !request.AcceptedMediaTypes.Contains(media, StringComparer.OrdinalIgnoreCase))
                {
                    return Fail(request, FetchFailure.ContentTypeRefused, $"content type {media ?? "(none)"} is not one of {string.Join(", ", request.AcceptedMediaTypes)}", clock, status, redirects);
                }

                long cap = request.MaxBodyBytes ?? 1024 * 1024;
                using var body = new MemoryStream();
                await using (var stream = await response.Content.ReadAsStreamAsync(limit.Token).ConfigureAwait(false))
                {
                    var buffer = new byte[16 * 1024];
                    int read;
                    while ((read = await stream.ReadAsync(buffer, limit.Token).ConfigureAwait(false)) > 0)
                    {
                        if (body.Length + read > cap)
                        {
                            return Fail(request, FetchFailure.BodyTooLarge, $"body larger than {cap} bytes", clock, status, redirects);
                        }

                        body.Write(buffer, 0, read);
                    }
                }

                return new FetchResult
                {
                    Failure = FetchFailure.None,
                    Detail = $"HTTP {status}, {body.Length} bytes",
                    RequestedUrl = request.Url,
                    FinalUrl = url,
                    Redirects = redirects,
                    StatusCode = status,
                    MediaType = media,
                    Charset = type?.CharSet?.Trim('"'),
                    Body = body.ToArray(),
                    Elapsed = clock.Elapsed,
                };
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(request, FetchFailure.Timeout, $"no complete answer within {Timeout.TotalSeconds:0.#} s", clock, null, redirects);
        }
        catch (HttpRequestException e)
        {
            return Fail(request, FetchFailure.ConnectionFailed, e.Message, clock, null, redirects);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static FetchResult Fail(FetchRequest request, FetchFailure failure, string detail, Stopwatch clock, int? status, List<Uri> redirects) => new()
    {
        Failure = failure,
        Detail = detail,
        RequestedUrl = request.Url,
        StatusCode = status,
        Redirects = redirects,
        Elapsed = clock.Elapsed,
    };
}
