using System.Collections.Frozen;

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

    private readonly CategoryTable[] _tables;

    private LanguageLexicon(string code, CategoryTable[] tables)
    {
        Code = code;
        _tables = tables;
    }

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

        var table = Table(category);
        var rest = wordHashes[at..];
        if (table.Phrases.TryGetValue(rest[0], out var candidates))
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

        return table.Singles.Contains(rest[0]) ? 1 : 0;
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

    private sealed record CategoryTable(FrozenSet<long> Singles, FrozenDictionary<long, long[][]> Phrases, IReadOnlyList<string> Entries);

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
                var phrases = _phrases[index].ToFrozenDictionary(
                    pair => pair.Key,
                    pair => pair.Value.OrderByDescending(words => words.Length).ToArray());
                tables[index] = new CategoryTable(_singles[index].ToFrozenSet(), phrases, _entries[index].AsReadOnly());
            }

            return new LanguageLexicon(code, tables);
        }
    }
}
