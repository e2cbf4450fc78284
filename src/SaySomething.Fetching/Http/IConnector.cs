using System.Net;

namespace SaySomething.Fetching.Http;

/// <summary>Opens one TCP connection to an address that already passed the checks. Internal seam: tests record
/// every attempt through it instead of reaching the network.</summary>
internal interface IConnector
{
    /// <summary>Connects to <paramref name="endpoint"/> and returns the stream of the connection.</summary>
    ValueTask<Stream> ConnectAsync(IPEndPoint endpoint, CancellationToken cancellationToken);
}
