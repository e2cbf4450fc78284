using System.Net;

namespace SaySomething.Fetching.Resolution;

/// <summary>
/// Turns a host name into addresses. The fetcher calls it once per hop, checks every address it returns, and connects
/// only to checked addresses: the HTTP stack never resolves names itself. Tests pass a stub.
/// </summary>
public interface IDnsResolver
{
    /// <summary>Returns the IPv4 and IPv6 addresses of <paramref name="host"/> (an ASCII name, IDN already
    /// converted). May throw <see cref="System.Net.Sockets.SocketException"/> when the name does not exist.</summary>
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken);
}
