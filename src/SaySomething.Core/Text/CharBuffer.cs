using System.Buffers;
using System.Text;

namespace SaySomething.Core.Text;

/// <summary>
/// A growable pair of pooled arrays: characters and, for each, its source index. Used as scratch space by
/// <see cref="TextNormalizer"/>; <see cref="Dispose"/> returns the arrays to the pool.
/// </summary>
internal struct CharBuffer : IDisposable
{
    private char[] _chars;
    private int[] _map;

    public CharBuffer(int capacity)
    {
        _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        _map = ArrayPool<int>.Shared.Rent(_chars.Length);
        Length = 0;
    }

    public int Length { get; private set; }

    private readonly int Capacity => Math.Min(_chars.Length, _map.Length);

    public readonly ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    public readonly ReadOnlySpan<int> Map => _map.AsSpan(0, Length);

    public void Append(char c, int sourceIndex)
    {
        if (Length == Capacity)
        {
            Grow(1);
        }

        _chars[Length] = c;
        _map[Length++] = sourceIndex;
    }

    public void Append(ReadOnlySpan<char> text, int sourceIndex)
    {
        if (Length + text.Length > Capacity)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(Length));
        _map.AsSpan(Length, text.Length).Fill(sourceIndex);
        Length += text.Length;
    }

    /// <summary>Appends <paramref name="text"/>, each character mapped to its own source index from <paramref name="sourceStart"/> on.</summary>
    public void AppendFrom(ReadOnlySpan<char> text, int sourceStart)
    {
        if (Length + text.Length > Capacity)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(Length));
        var map = _map.AsSpan(Length, text.Length);
        for (var index = 0; index < map.Length; index++)
        {
            map[index] = sourceStart + index;
        }

        Length += text.Length;
    }

    /// <summary>Appends <paramref name="text"/> in lower case (invariant culture) with its <paramref name="map"/>.</summary>
    public void AppendLowerInvariant(ReadOnlySpan<char> text, ReadOnlySpan<int> map)
    {
        if (Length + text.Length > Capacity)
        {
            Grow(text.Length);
        }

        text.ToLowerInvariant(_chars.AsSpan(Length, text.Length));
        map.CopyTo(_map.AsSpan(Length));
        Length += text.Length;
    }

    public void Append(Rune rune, int sourceIndex)
    {
        Span<char> units = stackalloc char[2];
        Append(units[..rune.EncodeToUtf16(units)], sourceIndex);
    }

    public void Clear() => Length = 0;

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_map);
        _chars = [];
        _map = [];
        Length = 0;
    }

    private void Grow(int needed)
    {
        var size = Math.Max(Capacity * 2, Length + needed);
        var chars = ArrayPool<char>.Shared.Rent(size);
        var map = ArrayPool<int>.Shared.Rent(size);
        _chars.AsSpan(0, Length).CopyTo(chars);
        _map.AsSpan(0, Length).CopyTo(map);
        ArrayPool<char>.Shared.Return(_chars);
        ArrayPool<int>.Shared.Return(_map);
        _chars = chars;
        _map = map;
    }
}
