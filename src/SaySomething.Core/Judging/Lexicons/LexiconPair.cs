using System.Collections.Concurrent;
using SaySomething.Core.Judging.Thoughts;
using SaySomething.Core.Text;

namespace SaySomething.Core.Judging.Lexicons;

/// <summary>
/// A post's language and English read together: one lookup per word gives both masks and the calendar flag, where
/// reading them separately took three to five lookups per word on the judge's hottest loop. One per language,
/// built on first use and shared by all threads.
/// </summary>
internal sealed class LexiconPair
{
    private static readonly ConcurrentDictionary<(LanguageLexicon, LanguageLexicon), LexiconPair> s_pairs = new();

    private readonly WordHashTable<WordMasks> _words;

    private LexiconPair(LanguageLexicon own, LanguageLexicon english)
    {
        Own = own;
        English = english;
        var keys = new HashSet<long>(own.MaskedWords);
        keys.UnionWith(english.MaskedWords);
        keys.UnionWith(CalendarWords.Hashes);
        _words = new WordHashTable<WordMasks>(keys.Select(hash => KeyValuePair.Create(hash, new WordMasks(own.MaskOf(hash), english.MaskOf(hash), CalendarWords.Contains(hash)))));
    }

    /// <summary>Gets the post's language.</summary>
    public LanguageLexicon Own { get; }

    /// <summary>Gets English.</summary>
    public LanguageLexicon English { get; }

    /// <summary>Gets the pair for <paramref name="own"/> and <paramref name="english"/> (the same lexicon twice for English posts).</summary>
    public static LexiconPair For(LanguageLexicon own, LanguageLexicon english)
    {
        // Most posts of a community are in one language: the last pair asked for is usually the answer.
        var last = s_last;
        if (last is not null && ReferenceEquals(last.Own, own) && ReferenceEquals(last.English, english))
        {
            return last;
        }

        var pair = s_pairs.GetOrAdd((own, english), static key => new LexiconPair(key.Item1, key.Item2));
        s_last = pair;
        return pair;
    }

    private static LexiconPair? s_last;

    /// <summary>What both lexicons know of the word with <paramref name="wordHash"/> (all zero for most words).</summary>
    public WordMasks Lookup(long wordHash) => _words.TryGetValue(wordHash, out var masks) ? masks : default;
}
