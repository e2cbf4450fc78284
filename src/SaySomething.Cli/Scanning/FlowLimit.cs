namespace SaySomething.Cli.Scanning;

/// <summary>
/// Bounds the work between the scan's reader and its writer: at most <c>maxItems</c> records and about
/// <c>maxBytes</c> bytes of records are read but not yet written. The reader acquires before it hands a record on;
/// the writer releases once the record's result is written. One record is always let through when nothing is in
/// flight, however large, so a record up to the per-record cap cannot stall the scan.
/// </summary>
internal sealed class FlowLimit
{
    private readonly object _gate = new();
    private readonly int _maxItems;
    private readonly long _maxBytes;
    private int _items;
    private long _bytes;

    public FlowLimit(int maxItems, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        _maxItems = maxItems;
        _maxBytes = maxBytes;
    }

    /// <summary>Gets the number of records in flight.</summary>
    public int Items
    {
        get
        {
            lock (_gate)
            {
                return _items;
            }
        }
    }

    /// <summary>Waits until one more record of <paramref name="bytes"/> bytes fits, then counts it.</summary>
    /// <exception cref="OperationCanceledException">The scan was cancelled while waiting.</exception>
    public void Acquire(long bytes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (_items >= _maxItems || (_items > 0 && _bytes + bytes > _maxBytes))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, TimeSpan.FromMilliseconds(100)); // Timed, so a cancellation is seen without a pulse.
            }

            _items++;
            _bytes += bytes;
        }
    }

    /// <summary>Counts a record of <paramref name="bytes"/> bytes as done.</summary>
    public void Release(long bytes)
    {
        lock (_gate)
        {
            _items--;
            _bytes -= bytes;
            Monitor.PulseAll(_gate);
        }
    }
}
