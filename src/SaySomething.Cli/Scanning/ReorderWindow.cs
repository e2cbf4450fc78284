using System.Diagnostics.CodeAnalysis;

namespace SaySomething.Cli.Scanning;

/// <summary>
/// Puts results that arrive out of order back into input order, holding at most <see cref="Capacity"/> of them: a
/// ring of slots indexed by sequence number. The caller keeps every sequence number it adds within
/// <c>[Next, Next + Capacity)</c> (the scan's <see cref="FlowLimit"/> does), so memory never grows with the input.
/// Not thread-safe: one writer owns it.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
internal sealed class ReorderWindow<T>
    where T : class
{
    private readonly T?[] _slots;

    public ReorderWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _slots = new T?[capacity];
    }

    /// <summary>Gets the most results held at once.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Gets the sequence number of the next result to hand out.</summary>
    public long Next { get; private set; }

    /// <summary>Gets how many results are held, waiting for an earlier one.</summary>
    public int Count { get; private set; }

    /// <summary>Holds the result with sequence number <paramref name="sequence"/>.</summary>
    /// <exception cref="InvalidOperationException">The number is outside the window or was already added.</exception>
    public void Add(long sequence, T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (sequence < Next || sequence >= Next + _slots.Length)
        {
            throw new InvalidOperationException($"Sequence {sequence} is outside the window [{Next}, {Next + _slots.Length}).");
        }

        ref var slot = ref _slots[sequence % _slots.Length];
        if (slot is not null)
        {
            throw new InvalidOperationException($"Sequence {sequence} was added twice.");
        }

        slot = item;
        Count++;
    }

    /// <summary>Takes the result with sequence number <see cref="Next"/> if it has arrived.</summary>
    public bool TryTakeNext([NotNullWhen(true)] out T? item)
    {
        ref var slot = ref _slots[Next % _slots.Length];
        item = slot;
        if (item is null)
        {
            return false;
        }

        slot = null;
        Count--;
        Next++;
        return true;
    }
}
