using SaySomething.Core.Judging.OwnText;
using SaySomething.Core.Judging.Sentences;

namespace SaySomething.Core.Judging.Copying;

/// <summary>
/// Word shingles of a post's context (card titles and descriptions, quotes, the thread title, URL slugs, metadata)
/// so that own text repeating them can be found. Words are compared after normalisation (case, look-alikes,
/// stretched letters), so re-cased, restyled and slightly edited copies still match; shingles of three words let a
/// copy with a lost first letter, a changed word or a truncated end match everywhere else.
/// </summary>
internal sealed class CopyIndex
{
    /// <summary>The longest shingle, in words.</summary>
    private const int ShingleWords = 3;

    /// <summary>Reordered titles: share of a sentence's words found anywhere in a short source to call it a copy.</summary>
    private const double ReorderedShare = 0.9;

    private readonly List<SourceShingles> _sources = [];

    public static CopyIndex Empty { get; } = new();

    public bool IsEmpty => _sources.Count == 0;

    public static CopyIndex Build(IReadOnlyList<ContextSource> sources)
    {
        if (sources.Count == 0)
        {
            return Empty;
        }

        var index = new CopyIndex();
        foreach (var source in sources)
        {
            var words = TextAnalysis.CopyWords(source.Text);
            if (words.Length > 0)
            {
                index._sources.Add(new SourceShingles(source.Kind, words));
            }
        }

        return index;
    }

    /// <summary>
    /// How many of <paramref name="words"/> repeat one source, for the source that covers most (null when none).
    /// </summary>
    public CopyMatch Match(ReadOnlySpan<long> words)
    {
        var best = new CopyMatch(null, 0);
        if (words.Length == 0)
        {
            return best;
        }

        Span<bool> covered = words.Length <= 512 ? stackalloc bool[words.Length] : new bool[words.Length];
        foreach (var source in _sources)
        {
            int count = source.Cover(words, covered);
            if (count > best.Covered)
            {
                best = new CopyMatch(source.Kind, count);
            }
        }

        return best;
    }

    /// <summary>Whether every one of <paramref name="words"/> occurs in a source of <paramref name="kind"/>.</summary>
    public bool ContainsAll(ContextKind kind, ReadOnlySpan<long> words)
    {
        foreach (var source in _sources)
        {
            if (source.Kind == kind && source.ContainsAll(words))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class SourceShingles
    {
        /// <summary>Sources up to this many words are searched directly; longer ones get hash sets.</summary>
        private const int DirectSearchWords = 48;

        private readonly long[] _words;
        private readonly HashSet<long>? _unigrams;
        private readonly HashSet<long>? _bigrams;
        private readonly HashSet<long>? _trigrams;

        public SourceShingles(ContextKind kind, long[] words)
        {
            Kind = kind;
            _words = words;
            if (words.Length <= DirectSearchWords)
            {
                return;
            }

            _unigrams = [];
            _bigrams = [];
            _trigrams = [];
            for (int i = 0; i < words.Length; i++)
            {
                _unigrams.Add(words[i]);
                if (i + 1 < words.Length)
                {
                    _bigrams.Add(Combine(words[i], words[i + 1]));
                }

                if (i + 2 < words.Length)
                {
                    _trigrams.Add(Combine(Combine(words[i], words[i + 1]), words[i + 2]));
                }
            }
        }

        public ContextKind Kind { get; }

        public int Cover(ReadOnlySpan<long> words, Span<bool> covered)
        {
            int k = Math.Min(ShingleWords, Math.Min(_words.Length, words.Length));
            if (k == 1 && (words.Length > 2 || _words.Length > 2))
            {
                // One word in common is not a copy, except between two texts of a word or two.
                return 0;
            }

            covered[..words.Length].Clear();
            for (int i = 0; i + k <= words.Length; i++)
            {
                if (Contains(words.Slice(i, k)))
                {
                    covered.Slice(i, k).Fill(true);
                }
            }

            if (k == ShingleWords)
            {
                // An edit close to an end leaves a pair of words after it ("... carry the injured on tarpaulins"): a
                // pair that the source has too is copied when it sits next to copied words or at the end.
                for (int i = 0; i + 2 <= words.Length; i++)
                {
                    if (!(covered[i] && covered[i + 1]) && Contains(words.Slice(i, 2))
                        && (i == 0 || i + 2 == words.Length || covered[i - 1] || covered[i + 2]))
                    {
                        covered[i] = covered[i + 1] = true;
                    }
                }
            }

            int count = 0;
            foreach (bool c in covered[..words.Length])
            {
                count += c ? 1 : 0;
            }

            if (Kind.IsTitle() && words.Length >= 4 && count < words.Length * ReorderedShare)
            {
                // A title with its words moved around ("Frontline Analysis: Why ...") is still the title.
                int contained = 0;
                foreach (long word in words)
                {
                    contained += ContainsWord(word) ? 1 : 0;
                }

                if (contained >= words.Length * ReorderedShare)
                {
                    return contained;
                }
            }

            return count;
        }

        public bool ContainsAll(ReadOnlySpan<long> words)
        {
            foreach (long word in words)
            {
                if (!ContainsWord(word))
                {
                    return false;
                }
            }

            return words.Length > 0;
        }

        private bool ContainsWord(long word) => _unigrams?.Contains(word) ?? _words.AsSpan().Contains(word);

        private bool Contains(ReadOnlySpan<long> shingle)
        {
            if (_trigrams is null)
            {
                return _words.AsSpan().IndexOf(shingle) >= 0;
            }

            return shingle.Length switch
            {
                1 => _unigrams!.Contains(shingle[0]),
                2 => _bigrams!.Contains(Combine(shingle[0], shingle[1])),
                _ => _trigrams.Contains(Combine(Combine(shingle[0], shingle[1]), shingle[2])),
            };
        }

        private static long Combine(long a, long b)
        {
            ulong x = (ulong)a, y = (ulong)b;
            return unchecked((long)((x * 0x9E3779B97F4A7C15UL) ^ (y + 0x632BE59BD9B4E019UL + (x << 6) + (x >> 2))));
        }
    }
}

/// <summary>The context source a text repeats most, and how many of its words repeat it.</summary>
internal readonly record struct CopyMatch(ContextKind? Kind, int Covered);
