namespace SaySomething.Metadata.Gathering;

/// <summary>
/// At most N fetches at once to any one host, so a post (or a burst of posts) with many links to one site does not
/// hammer it. Hosts share a fixed set of slots by hash, so memory stays bounded whatever hosts appear; two hosts that
/// share a slot only share its limit.
/// </summary>
public sealed class HostLimiter : IDisposable
{
    /// <summary>The number of slots hosts are spread over.</summary>
    public const int Slots = 256;

    private readonly SemaphoreSlim[] _slots;

    /// <summary>Creates a limiter allowing <paramref name="perHost"/> concurrent fetches per host (1 to 64).</summary>
    public HostLimiter(int perHost)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perHost, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perHost, 64);
        PerHost = perHost;
        _slots = [.. Enumerable.Range(0, Slots).Select(_ => new SemaphoreSlim(perHost, perHost))];
    }

    /// <summary>Gets the concurrent fetches allowed per host.</summary>
    public int PerHost { get; }

    /// <summary>Runs <paramref name="fetch"/> once <paramref name="host"/> has a free place.</summary>
    public async Task<T> RunAsync<T>(string host, Func<Task<T>> fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(fetch);
        var slot = _slots[(int)((uint)StringComparer.OrdinalIgnoreCase.GetHashCode(host) % Slots)];
        await slot.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await fetch().ConfigureAwait(false);
        }
        finally
        {
            slot.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var slot in _slots)
        {
            slot.Dispose();
        }
    }
}
