// The text layer as it was before the single-pass rewrite (commit 22eacf2), kept only to check that the
// current implementation gives exactly the same results; see ReferenceEquivalenceTests.

namespace SaySomething.Core.Tests.Text.Reference;

/// <summary>
/// The comparison key of a word: its normalised characters with every run of three or more identical characters
/// collapsed to one (<c>sooooo</c> → <c>so</c>, <c>noooo</c> → <c>no</c>; <c>too</c> and <c>Schifffahrt</c>'s
/// <c>fff</c> → <c>f</c> only matter for equality). Keys are compared by a 64-bit hash of the characters and
/// length; within one post a collision is practically impossible and would merge two words.
/// </summary>
internal static class WordKey
{
    /// <summary>Run length from which identical characters collapse to one. Default 3.</summary>
    public const int CollapseFrom = 3;

    /// <summary>Writes the key of <paramref name="word"/> to <paramref name="destination"/> (at least as long) and returns its length.</summary>
    public static int Collapse(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = 0;
        var index = 0;
        while (index < word.Length)
        {
            var run = 1;
            while (index + run < word.Length && word[index + run] == word[index])
            {
                run++;
            }

            var keep = run >= CollapseFrom ? 1 : run;
            word.Slice(index, keep).CopyTo(destination[length..]);
            length += keep;
            index += run;
        }

        return length;
    }

    /// <summary>Returns the hash used to compare keys: length in the high bits, string hash in the low bits.</summary>
    public static long Hash(ReadOnlySpan<char> key) => ((long)key.Length << 32) | (uint)string.GetHashCode(key, StringComparison.Ordinal);
}
