namespace SaySomething.Fetching;

/// <summary>What a fetch gave: a body, or the reason there is none.</summary>
public sealed class FetchResult
{
    /// <summary>Gets why nothing usable came back, or <see cref="FetchFailure.None"/> when <see cref="Body"/> holds
    /// the response.</summary>
    public required FetchFailure Failure { get; init; }

    /// <summary>Gets a one-line explanation for people (logs, <c>saysomething meta</c>), naming what was refused and
    /// why, for example "refused 10.0.0.5: private address (RFC 1918)".</summary>
    public required string Detail { get; init; }

    /// <summary>Gets the URL that was asked for.</summary>
    public required Uri RequestedUrl { get; init; }

    /// <summary>Gets the URL the body came from after redirects, or null when nothing was fetched.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>Gets the redirects followed, in order (each one re-checked before it was followed).</summary>
    public IReadOnlyList<Uri> Redirects { get; init; } = [];

    /// <summary>Gets the final HTTP status code, or null when no response was received.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Gets the response's media type without parameters, lower case, or null.</summary>
    public string? MediaType { get; init; }

    /// <summary>Gets the charset the response declared in Content-Type, or null.</summary>
    public string? Charset { get; init; }

    /// <summary>Gets the decompressed body (empty unless <see cref="Failure"/> is <see cref="FetchFailure.None"/>).</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>Gets how long the fetch took, redirects included.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets a value indicating whether the body is usable.</summary>
    public bool Succeeded => Failure == FetchFailure.None;
}
