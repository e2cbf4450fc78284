using System.Net;
using System.Net.Sockets;

namespace SaySomething.Fetching.Http;

/// <summary>The production connector: a TCP socket to exactly the given address.</summary>
internal sealed class SocketConnector : IConnector
{
    /// <inheritdoc/>
    public async ValueTask<Stream> ConnectAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
