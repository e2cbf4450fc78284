using System.Collections.Frozen;
using SaySomething.Core.Text;

namespace SaySomething.Core.Judging.Lexicons;

/// <summary>
/// The word lists of one language, by <see cref="LexiconCategory"/>, keyed by word hashes so that a judge can look
/// up the words of a post without building strings. Immutable and thread-safe; get one from <see cref="Lexicons.For"/>.
/// </summary>
/// <remarks>
/// A word hash is <see cref="Text.WordKey.Hash"/> of the normalised word after <see cref="Text.WordKey.Collapse"/>,
/// as <see cref="Text.WordReader"/> cuts words: Han and Kana characters are one word each, so a Japanese or Chinese
/// entry of several characters is a phrase.
/// </remarks>
public sealed class LanguageLexicon
{
    private static readonly int CategoryCount = Enum.GetValues<LexiconCategory>().Length;

    /// <summary>Bit of a category's phrases in a word's mask (single-word entries use bit <c>category</c>).</summary>
    private const int PhraseShift = 16;

    private readonly CategoryTable[] _tables;

    // Every word of any entry: which categories have it as a single-word entry or as a phrase's first word. One
    // lookup tells a word that is in no list (most words) from the others.
    private readonly WordHashTable<uint> _masks;

    private LanguageLexicon(string code, CategoryTable[] tables)
    {
        Code = code;
        _tables = tables;
        var masks = new Dictionary<long, uint>();
        for (int c = 0; c < tables.Length; c++)
        {
            foreach (long single in tables[c].Singles)
            {
                masks[single] = masks.GetValueOrDefault(single) | (1u << c);
            }

            foreach (long first in tables[c].Phrases.Keys)
            {
                masks[first] = masks.GetValueOrDefault(first) | (1u << (c + PhraseShift));
            }
        }

        _masks = new WordHashTable<uint>(masks);
    }

    /// <summary>
    /// The categories in which <paramref name="wordHash"/> is an entry or starts one, as a bit mask (0 for a word no
    /// list has); test it with <see cref="MayMatch"/>.
    /// </summary>
    public uint MaskOf(long wordHash) => _masks.GetValueOrDefault(wordHash);

    /// <summary>Gets the hashes of every word that has a mask (for <see cref="LexiconPair"/>).</summary>
    internal IEnumerable<long> MaskedWords => _masks.Keys;

    /// <summary>Whether a word with <paramref name="mask"/> is a single-word entry of <paramref name="category"/>:
    /// the same answer as <see cref="Contains"/>, without a lookup.</summary>
    public static bool IsSingle(uint mask, LexiconCategory category) => (mask & (1u << (int)category)) != 0;

    /// <summary>Whether a word with <paramref name="mask"/> can start a match of <paramref name="category"/>.</summary>
    public static bool MayMatch(uint mask, LexiconCategory category) =>
        (mask & ((1u << (int)category) | (1u << ((int)category + PhraseShift)))) != 0;

    /// <summary>The mask bits of every category except function words (which say nothing about a thought).</summary>
    public static uint ContentCategories { get; } = ~((1u << (int)LexiconCategory.FunctionWord) | (1u << ((int)LexiconCategory.FunctionWord + PhraseShift)));

    /// <summary>Gets the lexicon of a language without one: every category empty, code <c>und</c>.</summary>
    public static LanguageLexicon Empty { get; } = new Builder("und").Build();

    /// <summary>Gets the ISO 639-1 code of the language (<c>und</c> for <see cref="Empty"/>).</summary>
    public string Code { get; }

    /// <summary>Returns true when <paramref name="wordHash"/> is a single-word entry of <paramref name="category"/>.</summary>
    public bool Contains(LexiconCategory category, long wordHash) => Table(category).Singles.Contains(wordHash);

    /// <summary>
    /// Returns the length in words of the longest entry of <paramref name="category"/> (one word or more) that
    /// matches <paramref name="wordHashes"/> from index <paramref name="at"/>, or 0 when none does. Allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is negative or past the end.</exception>
    public int MatchPhrase(LexiconCategory category, ReadOnlySpan<long> wordHashes, int at)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(at);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(at, wordHashes.Length);
        if (at == wordHashes.Length)
        {
            return 0;
        }

        return MatchPhrase(category, wordHashes, at, MaskOf(wordHashes[at]));
    }

    /// <summary>
    /// <see cref="MatchPhrase(LexiconCategory, ReadOnlySpan{long}, int)"/> for a caller that already has the mask of
    /// the word at <paramref name="at"/> (<see cref="MaskOf"/>): the lookups a category cannot need are skipped.
    /// </summary>
    public int MatchPhrase(LexiconCategory category, ReadOnlySpan<long> wordHashes, int at, uint maskAt)
    {
        if (!MayMatch(maskAt, category))
        {
            return 0;
        }

        var rest = wordHashes[at..];
        int c = (int)category;
        if ((maskAt & (1u << (c + PhraseShift))) != 0 && Table(category).Phrases.TryGetValue(rest[0], out var candidates))
        {
            // Longest first, so the first match is the answer.
            foreach (var phrase in candidates)
            {
                if (phrase.Length <= rest.Length && rest[..phrase.Length].SequenceEqual(phrase))
                {
                    return phrase.Length;
                }
            }
        }

        return (maskAt & (1u << c)) != 0 ? 1 : 0;
    }

    /// <summary>Gets the entries of <paramref name="category"/> as written in the data file (for reports and tests).</summary>
    public IReadOnlyList<string> Entries(LexiconCategory category) => Table(category).Entries;

    /// <summary>Returns the hashes of the single-word entries of <paramref name="category"/> (for the language detector).</summary>
    internal IEnumerable<long> SingleWordHashes(LexiconCategory category) => Table(category).Singles;

    private CategoryTable Table(LexiconCategory category)
    {
        var index = (int)category;
        if ((uint)index >= (uint)_tables.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown lexicon category.");
        }

        return _tables[index];
    }

    private sealed record CategoryTable(FrozenSet<long> Singles, WordHashTable<long[][]> Phrases, IReadOnlyList<string> Entries);

    /// <summary>Collects entries while a data file is parsed.</summary>
    internal sealed class Builder(string code)
    {
        private readonly HashSet<long>[] _singles = [.. Enumerable.Range(0, CategoryCount).Select(_ => new HashSet<long>())];
        private readonly Dictionary<long, List<long[]>>[] _phrases = [.. Enumerable.Range(0, CategoryCount).Select(_ => new Dictionary<long, List<long[]>>())];
        private readonly List<string>[] _entries = [.. Enumerable.Range(0, CategoryCount).Select(_ => new List<string>())];

        /// <summary>Adds an entry (its text and its word hashes, at least one) to <paramref name="category"/>.</summary>
        public void Add(LexiconCategory category, string entry, long[] words)
        {
            var index = (int)category;
            if (_entries[index].Count == 0 || !string.Equals(_entries[index][^1], entry, StringComparison.Ordinal))
            {
                _entries[index].Add(entry);
            }

            if (words.Length == 1)
            {
                _singles[index].Add(words[0]);
                return;
            }

            if (!_phrases[index].TryGetValue(words[0], out var list))
            {
                list = [];
                _phrases[index].Add(words[0], list);
            }

            if (!list.Exists(existing => existing.AsSpan().SequenceEqual(words)))
            {
                list.Add(words);
            }
        }

        /// <summary>Freezes the collected entries.</summary>
        public LanguageLexicon Build()
        {
            var tables = new CategoryTable[CategoryCount];
            for (var index = 0; index < CategoryCount; index++)
            {
                var phrases = new WordHashTable<long[][]>(_phrases[index].Select(
                    pair => KeyValuePair.Create(pair.Key, pair.Value.OrderByDescending(words => words.Length).ToArray())));
                tables[index] = new CategoryTable(_singles[index].ToFrozenSet(), phrases, _entries[index].AsReadOnly());
            }

            return new LanguageLexicon(code, tables);
        }
    }
}
