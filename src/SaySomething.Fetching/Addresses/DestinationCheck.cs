using System.Net;
using System.Net.Sockets;
using SaySomething.Fetching.Resolution;

namespace SaySomething.Fetching.Addresses;

/// <summary>
/// Resolves one hop's host with our own resolver and judges the whole answer: every address must pass the
/// <see cref="AddressPolicy"/> (an answer mixing public and forbidden addresses is refused whole, as an attack
/// signal), then at most <see cref="SafeFetcherOptions.MaxAddressesPerFamily"/> addresses per family are kept.
/// </summary>
internal sealed class DestinationCheck(
    SafeFetcherOptions options, AddressPolicy policy, IDnsResolver resolver, TimeProvider time)
{
    /// <summary>Resolves and judges <paramref name="url"/>'s host (which passed <see cref="Urls.UrlPreflight"/>).
    /// Throws <see cref="OperationCanceledException"/> only when <paramref name="cancellationToken"/> fires.</summary>
    public async Task<(CheckedDestination? Destination, Refusal? Refusal)> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            // Literal hosts are never looked up: the address is the one System.Uri parsed (hex, octal, dword and
            // short forms are already canonical here).
            return IPAddress.TryParse(url.DnsSafeHost, out IPAddress? literal)
                ? Judge(url.IdnHost, url.Port, [literal], isLiteral: true)
                : (null, new Refusal(FetchFailure.RefusedUrl, $"refused {url.IdnHost}: not a valid IP address"));
        }

        string name = url.IdnHost.TrimEnd('.');
        IReadOnlyList<IPAddress> addresses;
        using (var timeout = new CancellationTokenSource(options.DnsTimeout, time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            try
            {
                addresses = await resolver.ResolveAsync(name, linked.Token).WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (null, new Refusal(FetchFailure.DnsFailed,
                    $"could not resolve {name} within {options.DnsTimeout.TotalSeconds:0.###} s"));
            }
            catch (SocketException ex)
            {
                return (null, new Refusal(FetchFailure.DnsFailed, $"could not resolve {name}: {ex.SocketErrorCode}"));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return (null, new Refusal(FetchFailure.DnsFailed, $"could not resolve {name}: {ex.Message}"));
            }
        }

        return Judge(url.IdnHost, url.Port, addresses ?? [], isLiteral: false);
    }

    /// <summary>Judges a resolved answer for <paramref name="host"/>:<paramref name="port"/>.</summary>
    public (CheckedDestination? Destination, Refusal? Refusal) Judge(
        string host, int port, IReadOnlyList<IPAddress> addresses, bool isLiteral)
    {
        if (addresses.Count == 0)
        {
            return (null, new Refusal(FetchFailure.DnsFailed, $"could not resolve {host}: no addresses"));
        }

        List<IPAddress> allowed = [];
        (IPAddress Address, string Reason)? firstForbidden = null;
        foreach (IPAddress raw in addresses)
        {
            IPAddress address = AddressPolicy.Normalize(raw);
            string? reason = policy.WhyForbidden(address, port);
            if (reason is not null)
            {
                firstForbidden ??= (address, reason);
            }
            else if (!options.AllowedPorts.Contains(port) && !policy.IsTestLoopback(address, port))
            {
                return (null, new Refusal(FetchFailure.RefusedPort,
                    $"refused {host}:{port}: that port is open only to test servers on 127.0.0.1"));
            }
            else if (!allowed.Contains(address))
            {
                allowed.Add(address);
            }
        }

        if (firstForbidden is { } forbidden)
        {
            string target = isLiteral ? $"{forbidden.Address}" : $"{host} ({forbidden.Address})";
            string detail = allowed.Count == 0
                ? $"refused {target}: {forbidden.Reason}"
                : $"refused {host}: mixed_resolution, {forbidden.Address} is a {forbidden.Reason} while {allowed[0]} is "
                  + "allowed; an answer mixing allowed and forbidden addresses is refused whole";
            return (null, new Refusal(FetchFailure.RefusedAddress, detail));
        }

        return (new CheckedDestination(host, port, CapPerFamily(allowed)), null);
    }

    private List<IPAddress> CapPerFamily(List<IPAddress> allowed)
    {
        int v4 = 0, v6 = 0;
        List<IPAddress> kept = [];
        foreach (IPAddress address in allowed)
        {
            ref int count = ref address.AddressFamily == AddressFamily.InterNetwork ? ref v4 : ref v6;
            if (count < options.MaxAddressesPerFamily)
            {
                count++;
                kept.Add(address);
            }
        }

        return kept;
    }
}
