namespace SaySomething.Core.Languages;

/// <summary>
/// An open-addressing map from word hash to <see cref="WordEvidence"/>, sized to a power of two at most half full:
/// a lookup is a multiply, a mask and usually one comparison (faster than a general dictionary on the hot path).
/// Immutable once built.
/// </summary>
internal sealed class WordEvidenceTable
{
    private readonly long[] _keys;
    private readonly WordEvidence[] _values;
    private readonly bool[] _used;
    private readonly int _mask;

    public WordEvidenceTable(IReadOnlyDictionary<long, WordEvidence> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var size = 16;
        while (size < entries.Count * 2)
        {
            size <<= 1;
        }

        _keys = new long[size];
        _values = new WordEvidence[size];
        _used = new bool[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            var slot = Slot(key);
            while (_used[slot])
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
            _used[slot] = true;
        }

        Count = entries.Count;
    }

    /// <summary>Gets the number of words.</summary>
    public int Count { get; }

    /// <summary>Looks up <paramref name="key"/>.</summary>
    public bool TryGetValue(long key, out WordEvidence value)
    {
        var slot = Slot(key);
        while (_used[slot])
        {
            if (_keys[slot] == key)
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        value = default;
        return false;
    }

    // Fibonacci hashing of both halves (the high half is the word length).
    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & _mask;
}
