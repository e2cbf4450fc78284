using System.Net.Sockets;
using System.Security.Authentication;

namespace SaySomething.Fetching.Http;

/// <summary>Turns what the HTTP stack throws into a <see cref="FetchFailure"/> with a one-line reason. Caller
/// cancellation and the total timeout are decided by the fetcher before this is asked.</summary>
internal static class FailureMapper
{
    /// <summary>Maps <paramref name="exception"/>, thrown while fetching <paramref name="url"/>.</summary>
    public static Refusal Map(Exception exception, Uri url)
    {
        string host = url.IdnHost;
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case AddressRefusedException refused:
                    return new Refusal(FetchFailure.RefusedAddress, refused.Message);
                case TimeoutException timeout:
                    return new Refusal(FetchFailure.Timeout, $"timed out fetching {host}: {timeout.Message}");
                case AuthenticationException tls:
                    return new Refusal(FetchFailure.ConnectionFailed, $"TLS with {host} failed: {tls.Message}");
                case OperationCanceledException:
                    // Inside an HttpRequestException, and neither the caller nor the total limit fired: the
                    // handler's connect timeout.
                    return new Refusal(FetchFailure.Timeout, $"could not connect to {host} within the connect time limit");
                case InvalidDataException compression:
                    return new Refusal(FetchFailure.ProtocolError, $"the body from {host} is not valid compressed data: {compression.Message}");
                default:
                    break;
            }
        }

        return exception switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.ConfigurationLimitExceeded } => new Refusal(
                FetchFailure.HeadersTooLarge, $"refused the response from {host}: its headers are larger than allowed"),
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } e => new Refusal(
                FetchFailure.ConnectionFailed, $"TLS with {host} failed: {e.Message}"),
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } e => new Refusal(
                FetchFailure.DnsFailed, $"could not resolve {host}: {e.Message}"),
            HttpRequestException { HttpRequestError: HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded
                or HttpRequestError.HttpProtocolError or HttpRequestError.VersionNegotiationError } e => new Refusal(
                FetchFailure.ProtocolError, $"malformed response from {host}: {e.Message}"),
            HttpIOException e => new Refusal(FetchFailure.ProtocolError, $"malformed response from {host}: {e.Message}"),
            HttpRequestException e => new Refusal(FetchFailure.ConnectionFailed, $"could not fetch from {host}: {e.Message}"),
            SocketException or IOException => new Refusal(
                FetchFailure.ConnectionFailed, $"the connection to {host} failed: {exception.Message}"),
            _ => new Refusal(FetchFailure.ProtocolError, $"fetching from {host} failed: {exception.Message}"),
        };
    }
}
