using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using SaySomething.Fetching.Http;

namespace SaySomething.Fetching.Tests.TestSupport;

/// <summary>
/// The connect layer the tests put under the fetcher: records every address the fetcher tries to connect to and
/// never reaches the network for it. A routed address (a made-up public address) is connected to a server on
/// 127.0.0.1 instead; a black-holed one never answers; anything else is refused like a closed port.
/// </summary>
internal sealed class RecordingConnector : IConnector
{
    private readonly ConcurrentQueue<IPEndPoint> _attempts = new();
    private readonly ConcurrentDictionary<IPAddress, IPEndPoint> _routes = new();
    private readonly ConcurrentDictionary<IPAddress, bool> _blackHoles = new();

    /// <summary>Gets every endpoint the fetcher tried, in order.</summary>
    public IReadOnlyList<IPEndPoint> Attempts => [.. _attempts];

    /// <summary>Gets the addresses tried, as text.</summary>
    public IReadOnlyList<string> AttemptedAddresses => [.. _attempts.Select(endpoint => endpoint.Address.ToString())];

    /// <summary>Sends connections for <paramref name="address"/> (any port) to <paramref name="loopbackPort"/> on 127.0.0.1.</summary>
    public RecordingConnector Route(string address, int loopbackPort)
    {
        _routes[IPAddress.Parse(address)] = new IPEndPoint(IPAddress.Loopback, loopbackPort);
        return this;
    }

    /// <summary>Makes connections to <paramref name="address"/> hang until cancelled.</summary>
    public RecordingConnector BlackHole(string address)
    {
        _blackHoles[IPAddress.Parse(address)] = true;
        return this;
    }

    /// <inheritdoc/>
    public async ValueTask<Stream> ConnectAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        _attempts.Enqueue(endpoint);
        if (_blackHoles.ContainsKey(endpoint.Address))
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (!_routes.TryGetValue(endpoint.Address, out IPEndPoint? target))
        {
            throw new SocketException((int)SocketError.ConnectionRefused);
        }

        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(target, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
