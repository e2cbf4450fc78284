using System.Net;
using System.Net.Sockets;
using SaySomething.Fetching.Addresses;

namespace SaySomething.Fetching.Http;

/// <summary>
/// The handler's <see cref="SocketsHttpHandler.ConnectCallback"/>: connects only to the addresses the fetcher checked
/// for this request (carried in the request's options), never resolving the name again, so a DNS answer that changes
/// between check and connect (rebinding) cannot move the connection. Addresses are tried in order; the connect time
/// is shared between them so that one black-holed address leaves time for the next.
/// </summary>
internal sealed class GuardedConnect(AddressPolicy policy, IConnector connector, TimeSpan connectTimeout, TimeProvider time)
{
    /// <summary>Opens the connection for <paramref name="context"/>.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (!context.InitialRequestMessage.Options.TryGetValue(CheckedDestination.OptionKey, out CheckedDestination? destination)
            || destination is null)
        {
            throw new AddressRefusedException($"refused {context.DnsEndPoint.Host}: connection without checked addresses");
        }

        // The handler names IPv6 literals with brackets; the check names them without.
        if (!string.Equals(destination.Host.Trim('[', ']'), context.DnsEndPoint.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)
            || destination.Port != context.DnsEndPoint.Port)
        {
            throw new AddressRefusedException(
                $"refused {context.DnsEndPoint.Host}:{context.DnsEndPoint.Port}: the checked addresses are for {destination.Host}:{destination.Port}");
        }

        foreach (IPAddress address in destination.Addresses)
        {
            if (policy.WhyForbidden(address, destination.Port) is { } reason)
            {
                throw new AddressRefusedException($"refused {address}: {reason}");
            }
        }

        long start = time.GetTimestamp();
        List<Exception> failures = [];
        for (int i = 0; i < destination.Addresses.Count; i++)
        {
            TimeSpan left = connectTimeout - time.GetElapsedTime(start);
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            TimeSpan share = left / (destination.Addresses.Count - i);
            using var attemptTimeout = new CancellationTokenSource(share, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
            var endpoint = new IPEndPoint(destination.Addresses[i], destination.Port);
            try
            {
                return await connector.ConnectAsync(endpoint, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failures.Add(new TimeoutException($"connecting to {endpoint} took longer than {share.TotalMilliseconds:0} ms"));
            }
            catch (Exception ex) when (ex is SocketException or IOException)
            {
                failures.Add(ex);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (failures.Count > 0 && failures.TrueForAll(failure => failure is TimeoutException))
        {
            throw new TimeoutException(
                $"could not connect to {destination.Host} within {connectTimeout.TotalSeconds:0.###} s", failures[^1]);
        }

        throw new IOException(
            $"could not connect to {destination.Host} ({string.Join(", ", destination.Addresses)}): "
            + string.Join("; ", failures.Select(failure => failure.Message)),
            failures.Count > 0 ? failures[^1] : null);
    }
}
