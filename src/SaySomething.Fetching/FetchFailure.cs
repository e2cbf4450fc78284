namespace SaySomething.Fetching;

/// <summary>Why a fetch gave no usable body. Refusals (<c>Refused*</c>) happen before any connection is made to the
/// refused address.</summary>
public enum FetchFailure
{
    /// <summary>The body was fetched.</summary>
    None,

    /// <summary>The URL is not an absolute http or https URL, or cannot be parsed.</summary>
    RefusedUrl,

    /// <summary>The URL carries user name or password.</summary>
    RefusedCredentials,

    /// <summary>The port is not one of the allowed ports (80 and 443 unless configured).</summary>
    RefusedPort,

    /// <summary>The host is, or resolves to, an address in a forbidden range (loopback, private, link-local, metadata...).</summary>
    RefusedAddress,

    /// <summary>The host name could not be resolved.</summary>
    DnsFailed,

    /// <summary>More redirects than allowed, or a redirect without a usable Location.</summary>
    TooManyRedirects,

    /// <summary>The connection could not be made, or TLS failed (including untrusted certificates).</summary>
    ConnectionFailed,

    /// <summary>The connect or total time limit was reached.</summary>
    Timeout,

    /// <summary>The response's headers were larger than allowed.</summary>
    HeadersTooLarge,

    /// <summary>The body, after decompression, was larger than allowed.</summary>
    BodyTooLarge,

    /// <summary>The response's Content-Type is not one the caller accepts.</summary>
    ContentTypeRefused,

    /// <summary>The server answered with a status other than 2xx (after redirects).</summary>
    HttpError,

    /// <summary>The response was malformed (bad framing, broken compression).</summary>
    ProtocolError,

    /// <summary>The destination address has had its budget of fetches for the current hour; nothing was sent. Try
    /// again later.</summary>
    Deferred,
}
