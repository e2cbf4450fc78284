using System.Net.Sockets;
using System.Security.Authentication;
using SaySomething.Fetching.Addresses;
using SaySomething.Fetching.Budget;
using SaySomething.Fetching.Http;
using SaySomething.Fetching.Resolution;
using SaySomething.Fetching.Urls;

namespace SaySomething.Fetching;

/// <summary>
/// The SSRF-safe <see cref="ISafeFetcher"/>: for each hop it checks the URL, resolves the host itself, refuses the
/// whole answer if any address is forbidden, and lets the one shared HTTP client connect only to the checked
/// addresses; it follows redirects itself (re-checking each), enforces the time, header and body limits, and gates
/// the content type. <c>docs/fetching.md</c> lists every check in order. Thread-safe; create one and share it.
/// </summary>
public sealed class SafeFetcher : ISafeFetcher, IDisposable
{
    private readonly SafeFetcherOptions _options;
    private readonly TimeProvider _time;
    private readonly DestinationCheck _destinations;
    private readonly DestinationBudget? _budget;
    private readonly HttpClient _client;
    private bool _disposed;

    /// <summary>Creates a fetcher.</summary>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <param name="resolver">Name resolution; null for the system resolver.</param>
    /// <param name="timeProvider">Clock for timeouts, elapsed time and the destination budget; null for the system clock.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public SafeFetcher(SafeFetcherOptions? options = null, IDnsResolver? resolver = null, TimeProvider? timeProvider = null)
        : this(options ?? new SafeFetcherOptions(), resolver ?? new SystemDnsResolver(), timeProvider ?? TimeProvider.System, new SocketConnector())
    {
    }

    /// <summary>Creates a fetcher that opens connections through <paramref name="connector"/> (tests record them).</summary>
    internal SafeFetcher(SafeFetcherOptions options, IDnsResolver resolver, TimeProvider timeProvider, IConnector connector)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(timeProvider);
        IReadOnlyList<string> problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid SafeFetcherOptions: {string.Join(" ", problems)}", nameof(options));
        }

        _options = options;
        _time = timeProvider;
        var policy = new AddressPolicy(options.AdditionalDeniedNetworks, options.UnsafeLoopbackAccessForTests);
        _destinations = new DestinationCheck(options, policy, resolver, timeProvider);
        _budget = options.MaxRequestsPerDestinationPerHour is int max ? new DestinationBudget(max, timeProvider) : null;
        Handler = GuardedClient.CreateHandler(options, new GuardedConnect(policy, connector, options.ConnectTimeout, timeProvider));
        _client = GuardedClient.CreateClient(Handler, options);
    }

    /// <summary>Gets the handler, for the configuration tests.</summary>
    internal SocketsHttpHandler Handler { get; }

    /// <summary>Gets the client, for the configuration tests.</summary>
    internal HttpClient Client => _client;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The request itself is malformed (no accepted media type, a media type that
    /// is not <c>type/subtype</c>, a body cap outside 1 to <see cref="SafeFetcherOptions.MaxBodyBytesCeiling"/>).</exception>
    public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        FetchRequestRules.Validate(request, _options);
        return FetchCoreAsync(request, cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _disposed = true;
        _client.Dispose();
    }

    private async Task<FetchResult> FetchCoreAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var run = new FetchRun(request, _time);
        using var total = new CancellationTokenSource(_options.TotalTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, total.Token);
        try
        {
            return await FollowAsync(run, linked.Token).ConfigureAwait(false);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The caller's own cancellation, however the HTTP stack wrapped it.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception ex) when (total.IsCancellationRequested || ex is OperationCanceledException)
        {
            // Our total limit (or HttpClient.Timeout, the same limit on the real clock as a backstop).
            return run.Fail(new Refusal(FetchFailure.Timeout,
                $"gave up on {run.Current.IdnHost} after {_options.TotalTimeout.TotalSeconds:0.###} s (the total time limit)"));
        }
        catch (Exception ex) when (IsFromRemoteSide(ex))
        {
            return run.Fail(FailureMapper.Map(ex, run.Current));
        }
    }

    private async Task<FetchResult> FollowAsync(FetchRun run, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (UrlPreflight.Check(run.Current, run.Previous, _options) is { } urlRefusal)
            {
                return run.Fail(urlRefusal);
            }

            var (destination, addressRefusal) = await _destinations.CheckAsync(run.Current, cancellationToken).ConfigureAwait(false);
            if (destination is null)
            {
                return run.Fail(addressRefusal!);
            }

            if (_budget?.TryCharge(destination.Addresses) is { } spent)
            {
                return run.Fail(new Refusal(FetchFailure.Deferred,
                    $"deferred {destination.Host}: {spent} has had {_options.MaxRequestsPerDestinationPerHour} requests this hour"));
            }

            using HttpRequestMessage message = GuardedClient.CreateRequest(run.Current, run.Request.AcceptedMediaTypes, destination);
            using HttpResponseMessage response = await _client
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            run.StatusCode = (int)response.StatusCode;

            if (RedirectTarget.IsRedirect(response.StatusCode))
            {
                if (run.Redirects.Count >= _options.MaxRedirects)
                {
                    return run.Fail(new Refusal(FetchFailure.TooManyRedirects,
                        $"refused redirect {run.StatusCode} from {UrlPreflight.Shorten(run.Current.AbsoluteUri)}: more than {_options.MaxRedirects} redirects"));
                }

                var (target, redirectRefusal) = RedirectTarget.Resolve(run.Current, response);
                if (target is null)
                {
                    return run.Fail(redirectRefusal!);
                }

                run.Follow(target);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return run.Fail(new Refusal(FetchFailure.HttpError,
                    $"{destination.Host} answered {run.StatusCode} {UrlPreflight.Shorten(response.ReasonPhrase ?? string.Empty)}".TrimEnd()));
            }

            var (mediaType, charset, typeRefusal) = ContentTypeGate.Check(response.Content, run.Request.AcceptedMediaTypes);
            run.MediaType = mediaType;
            run.Charset = charset;
            if (typeRefusal is not null)
            {
                return run.Fail(typeRefusal);
            }

            long cap = run.Request.MaxBodyBytes ?? _options.MaxBodyBytes;
            var (body, bodyRefusal) = await BodyReader.ReadAsync(response.Content, cap, cancellationToken).ConfigureAwait(false);
            return body is null ? run.Fail(bodyRefusal!) : run.Succeed(body);
        }
    }

    // What a hostile or broken server or network can cause; anything else is a bug and is not swallowed.
    private static bool IsFromRemoteSide(Exception exception)
        => exception is HttpRequestException or IOException or SocketException or InvalidDataException
            or TimeoutException or AuthenticationException or AddressRefusedException;
}
