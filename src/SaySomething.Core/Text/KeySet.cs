using System.Runtime.CompilerServices;

namespace SaySomething.Core.Text;

/// <summary>
/// A set of 64-bit keys (word keys, sentence hashes) for one text, reused from text to text: open addressing over
/// an array that is only cleared as far as the next text needs. Sized once per text for a known maximum number of
/// keys, so it never grows while in use.
/// </summary>
internal sealed class KeySet
{
    // Tables up to this many slots stay with the thread; a larger one is used for one text only.
    private const int MaxKeptSlots = 1 << 12;

    private long[] _kept = new long[64];
    private long[] _slots = [];
    private int _mask;
    private bool _hasZero;

    /// <summary>Gets the number of distinct keys added since <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the set for at most <paramref name="maxKeys"/> keys (it is then at most a quarter full).</summary>
    public void Reset(int maxKeys)
    {
        var size = 16;
        while (size < (long)maxKeys * 4)
        {
            size *= 2;
        }

        if (size > MaxKeptSlots)
        {
            _slots = new long[size];
        }
        else
        {
            if (size > _kept.Length)
            {
                _kept = new long[size];
            }
            else
            {
                _kept.AsSpan(0, size).Clear();
            }

            _slots = _kept;
        }

        _mask = size - 1;
        _hasZero = false;
        Count = 0;
    }

    /// <summary>Adds every key of <paramref name="keys"/> (at most as many as <see cref="Reset"/> was told).</summary>
    public void AddRange(ReadOnlySpan<long> keys)
    {
        var slots = _slots.AsSpan(0, _mask + 1);
        var mask = _mask;
        var count = Count;
        foreach (var key in keys)
        {
            if (key == 0)
            {
                count += _hasZero ? 0 : 1;
                _hasZero = true;
                continue;
            }

            var slot = (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 33) & mask;
            while (slots[slot] != key && slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            // The slot holds the key or nothing: whether the key is new is counted without a branch.
            count += slots[slot] == 0 ? 1 : 0;
            slots[slot] = key;
        }

        Count = count;
    }

    /// <summary>Adds <paramref name="key"/>; returns false when it was already there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(long key)
    {
        if (key == 0)
        {
            // Zero marks an empty slot, so it is kept aside.
            if (_hasZero)
            {
                return false;
            }

            _hasZero = true;
            Count++;
            return true;
        }

        var slot = (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 33) & _mask;
        while (_slots[slot] != 0)
        {
            if (_slots[slot] == key)
            {
                return false;
            }

            slot = (slot + 1) & _mask;
        }

        _slots[slot] = key;
        Count++;
        return true;
    }
}
