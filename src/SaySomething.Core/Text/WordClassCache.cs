using System.Runtime.InteropServices;

namespace SaySomething.Core.Text;

/// <summary>
/// A per-thread memo of what <see cref="PaddingDetector"/> computes for a word on its own (its <see cref="WordKey"/>
/// hash and the technique of the per-word rules), for words of up to eight characters: most words of a text are
/// common short words seen many times. An entry holds the word's characters exactly, so a hit is always the same
/// word and gives exactly what the computation would.
/// </summary>
internal sealed class WordClassCache
{
    /// <summary>Longest word kept: its characters fit in two 64-bit values.</summary>
    public const int MaxLength = 8;

    private const int SlotBits = 11;

    private readonly Entry[] _entries = new Entry[1 << SlotBits];

    /// <summary>Looks <paramref name="word"/> up; on a miss, <paramref name="slot"/> is where <see cref="Store"/> puts it.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out long key, out PaddingTechnique technique, out int slot)
    {
        Pack(word, out var head, out var tail);
        slot = (int)(((head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)word.Length) >> (64 - SlotBits));
        ref var entry = ref _entries[slot];
        if (entry.Length == word.Length && entry.Head == head && entry.Tail == tail)
        {
            key = entry.Key;
            technique = entry.Technique;
            return true;
        }

        key = 0;
        technique = PaddingTechnique.None;
        return false;
    }

    /// <summary>Remembers what <paramref name="word"/> gave, in the slot <see cref="TryGet"/> returned.</summary>
    public void Store(int slot, ReadOnlySpan<char> word, long key, PaddingTechnique technique)
    {
        Pack(word, out var head, out var tail);
        _entries[slot] = new Entry { Head = head, Tail = tail, Length = word.Length, Key = key, Technique = technique };
    }

    // One to four characters in `head`; five to eight as the first four and the last four (overlapping), which with
    // the length say exactly which word it is.
    private static void Pack(ReadOnlySpan<char> word, out ulong head, out ulong tail)
    {
        if (word.Length >= 4)
        {
            head = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word));
            tail = word.Length > 4 ? MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word[^4..])) : 0;
            return;
        }

        head = 0;
        for (var index = 0; index < word.Length; index++)
        {
            head |= (ulong)word[index] << (16 * index);
        }

        tail = 0;
    }

    private struct Entry
    {
        public ulong Head;
        public ulong Tail;
        public long Key;
        public int Length;
        public PaddingTechnique Technique;
    }
}
