namespace SaySomething.Fetching;

/// <summary>The state of one fetch as it moves through its hops, and the results it ends with.</summary>
internal sealed class FetchRun(FetchRequest request, TimeProvider time)
{
    private readonly long _start = time.GetTimestamp();
    private readonly List<Uri> _redirects = [];

    /// <summary>Gets the caller's request.</summary>
    public FetchRequest Request => request;

    /// <summary>Gets the URL of the current hop.</summary>
    public Uri Current { get; private set; } = request.Url;

    /// <summary>Gets the URL that redirected to <see cref="Current"/>, or null on the first hop.</summary>
    public Uri? Previous { get; private set; }

    /// <summary>Gets the redirects followed so far.</summary>
    public IReadOnlyList<Uri> Redirects => _redirects;

    /// <summary>Gets or sets the status of the last response, or null before any.</summary>
    public int? StatusCode { get; set; }

    /// <summary>Gets or sets the final response's media type.</summary>
    public string? MediaType { get; set; }

    /// <summary>Gets or sets the final response's declared charset.</summary>
    public string? Charset { get; set; }

    /// <summary>Moves to the next hop.</summary>
    public void Follow(Uri target)
    {
        _redirects.Add(target);
        Previous = Current;
        Current = target;
        StatusCode = null;
    }

    /// <summary>Ends the fetch with <paramref name="refusal"/>.</summary>
    public FetchResult Fail(Refusal refusal) => new()
    {
        Failure = refusal.Failure,
        Detail = refusal.Detail,
        RequestedUrl = request.Url,
        FinalUrl = StatusCode is null ? null : Current,
        Redirects = [.. _redirects],
        StatusCode = StatusCode,
        MediaType = MediaType,
        Charset = Charset,
        Elapsed = time.GetElapsedTime(_start),
    };

    /// <summary>Ends the fetch with the body.</summary>
    public FetchResult Succeed(byte[] body) => new()
    {
        Failure = FetchFailure.None,
        Detail = $"fetched {body.Length} bytes of {MediaType} from {Current.IdnHost}",
        RequestedUrl = request.Url,
        FinalUrl = Current,
        Redirects = [.. _redirects],
        StatusCode = StatusCode,
        MediaType = MediaType,
        Charset = Charset,
        Body = body,
        Elapsed = time.GetElapsedTime(_start),
    };
}
