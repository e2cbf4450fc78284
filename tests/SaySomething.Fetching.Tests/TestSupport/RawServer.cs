using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SaySomething.Fetching.Tests.TestSupport;

/// <summary>
/// A TCP server on 127.0.0.1 that misbehaves on purpose: each connection runs a script (drip bytes, never answer,
/// lie about lengths, flood headers). Counts accepted connections and the bytes its scripts managed to write.
/// Stops (and closes every connection) when disposed.
/// </summary>
internal sealed class RawServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<RawServer, Stream, CancellationToken, Task> _script;
    private readonly List<Task> _connections = [];
    private readonly Task _acceptLoop;
    private int _accepted;
    private long _written;

    /// <summary>Starts a server that runs <paramref name="script"/> for each connection.</summary>
    public RawServer(Func<RawServer, Stream, CancellationToken, Task> script)
    {
        _script = script;
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    /// <summary>Gets the port.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Gets the number of connections accepted.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Gets the bytes written by scripts (counted after each write completed).</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Writes <paramref name="bytes"/> and counts them.</summary>
    public async Task WriteAsync(Stream stream, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(bytes, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        Interlocked.Add(ref _written, bytes.Length);
    }

    /// <summary>Writes ASCII text and counts it.</summary>
    public Task WriteAsync(Stream stream, string text, CancellationToken cancellationToken)
        => WriteAsync(stream, Encoding.ASCII.GetBytes(text), cancellationToken);

    /// <summary>Reads a request head (up to the blank line).</summary>
    public static async Task ReadRequestHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[1];
        int matched = 0;
        for (int total = 0; total < 64 * 1024 && matched < 4; total++)
        {
            if (await stream.ReadAsync(buffer, cancellationToken) == 0)
            {
                return;
            }

            matched = buffer[0] == (matched is 0 or 2 ? '\r' : '\n') ? matched + 1 : (buffer[0] == '\r' ? 1 : 0);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Task[] running;
        lock (_connections)
        {
            running = [.. _connections];
        }

        await Task.WhenAll([_acceptLoop, .. running]).WaitAsync(TimeSpan.FromSeconds(10));
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _accepted);
            lock (_connections)
            {
                _connections.Add(RunAsync(client));
            }
        }
    }

    private async Task RunAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await _script(this, client.GetStream(), _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The fetcher hung up on us, or the test is over: both are expected.
            }
        }
    }
}
