using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace SaySomething.Core.Text;

/// <summary>
/// Lorem ipsum placeholder text. Words of the classic placeholder passage are collected into runs of consecutive
/// words (punctuation, emoji and numbers between them do not break a run; any other word does). A run is
/// placeholder text when it holds at least <see cref="MinDistinctive"/> <em>distinctive</em> words (ones that are
/// not also everyday words of a living language, such as <c>lorem</c>, <c>ipsum</c>, <c>amet</c>,
/// <c>consectetur</c>), or one distinctive word in a run of three or more. Then every word of the run is flagged,
/// the common ones (<c>sit</c>, <c>in</c>, <c>et</c>, <c>dolor</c>) included. Alone, the common ones never are, so
/// French <c>et</c>/<c>est</c>, Spanish <c>dolor</c> or English <c>in</c> stay words.
/// </summary>
public static class LoremIpsumRule
{
    /// <summary>Distinctive words that make a run placeholder text on their own. Default 2.</summary>
    public const int MinDistinctive = 2;

    // "reprehenderit", the longest placeholder word.
    private const int MaxWordLength = 13;

    private static readonly FrozenSet<string> s_distinctive = FrozenSet.Create(StringComparer.Ordinal,
    [
        "lorem", "ipsum", "amet", "consectetur", "adipiscing", "adipisicing", "eiusmod", "incididunt", "aliqua",
        "nostrud", "exercitation", "ullamco", "laboris", "aliquip", "consequat", "reprehenderit", "voluptate",
        "cillum", "pariatur", "excepteur", "occaecat", "cupidatat", "proident", "deserunt", "mollit", "laborum",

        // The other classic passage, "Sed ut perspiciatis unde omnis iste natus error sit voluptatem ...".
        "perspiciatis", "voluptatem", "accusantium", "doloremque", "laudantium", "inventore", "veritatis", "architecto",
        "beatae", "explicabo", "voluptas", "aspernatur", "consequuntur", "nesciunt", "quisquam",
    ]);

    private static readonly FrozenSet<string> s_common = FrozenSet.Create(StringComparer.Ordinal,
    [
        "dolor", "sit", "elit", "sed", "do", "tempor", "ut", "labore", "et", "dolore", "magna", "enim", "ad", "minim",
        "veniam", "quis", "nisi", "ex", "ea", "commodo", "duis", "aute", "irure", "in", "velit", "esse", "eu",
        "fugiat", "nulla", "sint", "non", "culpa", "qui", "officia", "id", "est", "vel", "nunc", "neque", "quam",
        "vitae", "mauris", "etiam", "sunt", "unde", "omnis", "iste", "natus", "error", "totam", "aperiam", "eaque",
        "ipsa", "quae", "quasi", "dicta", "nemo", "aut", "odit", "fugit", "magni", "dolores", "eos", "ratione", "sequi", "porro",
    ]);

    // Every placeholder word, with true for the distinctive ones: one lookup per word.
    private static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> s_words =
        s_distinctive.Select(w => KeyValuePair.Create(w, true))
            .Concat(s_common.Select(w => KeyValuePair.Create(w, false)))
            .ToFrozenDictionary(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Which (first letter, last letter, length) placeholder words have: a cheap test before the dictionary.
    private static readonly ulong[] s_filter = BuildFilter();

    /// <summary>Returns true when <paramref name="word"/> is a distinctive placeholder word.</summary>
    public static bool IsDistinctive(ReadOnlySpan<char> word) => s_words.TryGetValue(word, out var distinctive) && distinctive;

    /// <summary>Returns true when <paramref name="word"/> belongs to the placeholder passage at all.</summary>
    public static bool IsPlaceholderWord(ReadOnlySpan<char> word) => s_words.ContainsKey(word);

    /// <summary>
    /// A run of consecutive placeholder words, fed one word token at a time (other tokens neither extend nor end
    /// it); a word outside the passage ends it, and a run that qualifies is flagged whole.
    /// </summary>
    internal struct Run
    {
        private int _start;
        private int _words;
        private int _distinctive;

        public Run() => _start = -1;

        /// <summary>Adds word token <paramref name="index"/>, whose text is <paramref name="word"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int index, ReadOnlySpan<char> word, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
        {
            if (MayBePlaceholder(word) || _start >= 0)
            {
                AddSlow(index, word, tokens, techniques);
            }
        }

        /// <summary>Ends the run before token <paramref name="end"/>, flagging it when it is placeholder text.</summary>
        public void End(int end, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
        {
            if (_start >= 0 && (_distinctive >= MinDistinctive || (_distinctive >= 1 && _words >= 3)))
            {
                for (var index = _start; index < end; index++)
                {
                    PaddingDetector.FlagWord(tokens, techniques, index, PaddingTechnique.LoremIpsum);
                }
            }

            _start = -1;
            _words = 0;
            _distinctive = 0;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void AddSlow(int index, ReadOnlySpan<char> word, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
        {
            if (MayBePlaceholder(word) && s_words.TryGetValue(word, out var isDistinctive))
            {
                _start = _start < 0 ? index : _start;
                _words++;
                _distinctive += isDistinctive ? 1 : 0;
                return;
            }

            End(index, tokens, techniques);
        }
    }

    // Most words are ruled out by their first and last letters and length before hashing.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBePlaceholder(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return false;
        }

        var slot = FilterSlot(word);
        return (s_filter[slot >> 6] & (1UL << slot)) != 0;
    }

    // Bit of the filter for a word's first letter, last letter (a to z, or 26 for anything else) and length (1 to 13).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterSlot(ReadOnlySpan<char> word)
    {
        var first = (uint)(word[0] - 'a') < 26 ? word[0] - 'a' : 26;
        var last = (uint)(word[^1] - 'a') < 26 ? word[^1] - 'a' : 26;
        return (((first * 27) + last) << 4) | word.Length;
    }

    private static ulong[] BuildFilter()
    {
        var filter = new ulong[(27 * 27 * 16) / 64 + 1];
        foreach (var word in s_distinctive.Concat(s_common).Where(w => w.Length <= MaxWordLength))
        {
            var slot = FilterSlot(word);
            filter[slot >> 6] |= 1UL << slot;
        }

        return filter;
    }
}
