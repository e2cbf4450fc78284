using System.Runtime.CompilerServices;

namespace SaySomething.Core.Text;

/// <summary>
/// An immutable open-addressing map from a word hash (<see cref="WordKey.Hash"/>) to a value, sized to a power of two
/// at most half full: a lookup is a multiply, a shift and usually one comparison. The judge looks up every word of a
/// post in several of these, where a general dictionary's hashing and bucket walk cost several times as much.
/// A word hash is never 0 (its high half is the word's length), so 0 marks an empty slot and an entry is just its key
/// and value: small entries keep more of the table in cache.
/// </summary>
/// <typeparam name="TValue">The value kept per word.</typeparam>
internal sealed class WordHashTable<TValue>
{
    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Builds the table from <paramref name="entries"/> (keys are distinct by construction).</summary>
    public WordHashTable(IEnumerable<KeyValuePair<long, TValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        int bits = 4;
        while ((1 << bits) < list.Count * 2)
        {
            bits++;
        }

        _entries = new Entry[1 << bits];
        _mask = (1 << bits) - 1;
        _shift = 64 - bits;
        foreach (var (key, value) in list)
        {
            if (key == 0)
            {
                throw new ArgumentException("A word hash is never 0.", nameof(entries));
            }

            int slot = Slot(key);
            while (_entries[slot].Key != 0)
            {
                if (_entries[slot].Key == key)
                {
                    throw new ArgumentException($"Word hash {key} is given twice.", nameof(entries));
                }

                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(key, value);
        }
    }

    /// <summary>Gets every word hash in the table.</summary>
    public IEnumerable<long> Keys => _entries.Where(entry => entry.Key != 0).Select(entry => entry.Key);

    /// <summary>Looks up <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(long key, out TValue value)
    {
        var entries = _entries;
        int slot = Slot(key);
        while (true)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Key == 0)
            {
                // An empty slot ends the probe (and a key of 0, never a word's, is never found).
                value = default!;
                return false;
            }

            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or the default value when the table does not have it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue? GetValueOrDefault(long key) => TryGetValue(key, out var value) ? value : default;

    // Fibonacci hashing: the top bits of the product mix both halves of the key (the high half is the word length).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> _shift);

    private readonly record struct Entry(long Key, TValue Value);
}
