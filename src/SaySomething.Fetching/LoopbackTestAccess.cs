namespace SaySomething.Fetching;

/// <summary>
/// TEST-ONLY: lets a <see cref="SafeFetcher"/> connect to <c>127.0.0.1</c> on a few named high ports, so that tests
/// can run real servers on this machine. Nothing else on loopback (other ports, <c>127.0.0.2</c>, <c>::1</c>, mapped
/// spellings of 127.0.0.1 on other ports) becomes reachable. Production code must never create one: the only way in is
/// <see cref="ForTestServersOnPorts"/>, whose name says what it does, and the option it goes into is called
/// <see cref="SafeFetcherOptions.UnsafeLoopbackAccessForTests"/>.
/// </summary>
public sealed class LoopbackTestAccess
{
    private LoopbackTestAccess(IReadOnlySet<int> ports) => Ports = ports;

    /// <summary>Gets the loopback ports test servers listen on.</summary>
    public IReadOnlySet<int> Ports { get; }

    /// <summary>
    /// Allows 127.0.0.1 on <paramref name="ports"/>, which must be 1024 to 65535 (the ephemeral ports test servers
    /// get; low ports such as 80 stay refused so that a forgotten setting cannot expose a local web server).
    /// </summary>
    /// <exception cref="ArgumentException">No port, or a port outside 1024 to 65535.</exception>
    public static LoopbackTestAccess ForTestServersOnPorts(params IEnumerable<int> ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        HashSet<int> set = [.. ports];
        if (set.Count == 0)
        {
            throw new ArgumentException("Name at least one test server port.", nameof(ports));
        }

        if (set.Any(port => port is < 1024 or > 65535))
        {
            throw new ArgumentException(
                $"Test server ports must be from 1024 to 65535; got {string.Join(", ", set.Order())}.", nameof(ports));
        }

        return new LoopbackTestAccess(set);
    }
}
