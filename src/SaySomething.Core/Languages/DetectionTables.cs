using System.Text;
using SaySomething.Core.Judging.Lexicons;
using SaySomething.Core.Text;

namespace SaySomething.Core.Languages;

/// <summary>Evidence a word gives: the languages it is a function word of, and those it is another lexicon word of.</summary>
internal readonly record struct WordEvidence(ulong Strong, ulong Weak);

/// <summary>
/// The detector's tables, built once on first use: word evidence from the judging lexicons (function words count
/// fully, other single-word entries half) and from <c>Data/function-words.txt</c> for the languages without a
/// lexicon; letter evidence from diacritics that only some languages write.
/// </summary>
internal sealed class DetectionTables
{
    /// <summary>Letters below this code point, and Vietnamese letters, carry per-language evidence.</summary>
    public const int LetterTableEnd = 0x0530;

    internal const string FunctionWordsResource = "SaySomething.Core.Languages.Data.function-words.txt";

    private static readonly Lazy<DetectionTables> s_default = new(Build);

    private readonly ulong[] _letterMasks;
    private readonly float[] _letterShares;

    private DetectionTables(WordHashTable<WordEvidence> words, ulong[] letterMasks, float[] letterShares)
    {
        Words = words;
        _letterMasks = letterMasks;
        _letterShares = letterShares;
    }

    /// <summary>Gets the tables (thread-safe, built on first use).</summary>
    public static DetectionTables Default => s_default.Value;

    /// <summary>Gets word evidence by <see cref="Text.WordKey"/> hash.</summary>
    public WordHashTable<WordEvidence> Words { get; }

    /// <summary>Returns the languages letter <paramref name="c"/> (below <see cref="LetterTableEnd"/>) is evidence of, and the score each gets.</summary>
    public ulong LetterMask(char c, out float share)
    {
        share = _letterShares[c];
        return _letterMasks[c];
    }

    private static DetectionTables Build()
    {
        var strong = new Dictionary<long, ulong>();
        var weak = new Dictionary<long, ulong>();
        for (var index = 0; index < DetectionLanguages.Count; index++)
        {
            var lexicon = Lexicons.For(DetectionLanguages.Codes[index]);
            foreach (var category in Enum.GetValues<LexiconCategory>())
            {
                var target = category == LexiconCategory.FunctionWord ? strong : weak;
                foreach (var hash in lexicon.SingleWordHashes(category))
                {
                    target[hash] = target.GetValueOrDefault(hash) | (1UL << index);
                }
            }
        }

        foreach (var (code, word) in ReadFunctionWords())
        {
            var bit = 1UL << DetectionLanguages.IndexOf(code);
            foreach (var hash in LexiconParser.Tokenize(word))
            {
                strong[hash] = strong.GetValueOrDefault(hash) | bit;
            }
        }

        var words = new Dictionary<long, WordEvidence>();
        foreach (var hash in strong.Keys.Union(weak.Keys))
        {
            var strongMask = strong.GetValueOrDefault(hash);
            words[hash] = new WordEvidence(strongMask, weak.GetValueOrDefault(hash) & ~strongMask);
        }

        var masks = new ulong[LetterTableEnd];
        var shares = new float[LetterTableEnd];
        foreach (var (letters, weight, codes) in LetterEvidence)
        {
            var mask = DetectionLanguages.Mask(codes);
            foreach (var letter in letters)
            {
                masks[letter] = mask;
                shares[letter] = weight / codes.Length;
            }
        }

        return new DetectionTables(new WordHashTable<WordEvidence>(words), masks, shares);
    }

    private static List<(string Code, string Word)> ReadFunctionWords()
    {
        using var stream = typeof(DetectionTables).Assembly.GetManifestResourceStream(FunctionWordsResource)
            ?? throw new InvalidOperationException($"Embedded resource {FunctionWordsResource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var code = "";
        var pairs = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (trimmed[0] == '[')
            {
                code = trimmed.Trim('[', ']');
                if (DetectionLanguages.IndexOf(code) < 0)
                {
                    throw new InvalidDataException($"function-words.txt: unknown language [{code}].");
                }

                continue;
            }

            foreach (var word in trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                pairs.Add((code, word));
            }
        }

        return pairs;
    }

    // Letters that only some languages write: (letters, total weight of one occurrence, languages sharing it).
    private static readonly (string Letters, float Weight, string[] Codes)[] LetterEvidence =
    [
        ("ß", 1.5f, ["de"]),
        ("ä", 0.8f, ["de", "sv", "fi", "et", "sk"]),
        ("ö", 0.8f, ["de", "sv", "fi", "tr", "hu", "et"]),
        ("ü", 0.8f, ["de", "tr", "hu", "et"]),
        ("łśźżń", 1.5f, ["pl"]),
        ("ąę", 1.5f, ["pl", "lt"]),
        ("ć", 1f, ["pl", "hr", "sl"]),
        ("ó", 0.6f, ["pl", "es", "hu", "cs", "sk", "ca", "pt"]),
        ("ñ", 1.5f, ["es", "tl"]),
        ("ç", 0.8f, ["fr", "pt", "ca", "tr"]),
        ("œ", 1.5f, ["fr"]),
        ("èà", 0.8f, ["fr", "it", "ca", "pt"]),
        ("ê", 0.8f, ["fr", "pt", "vi"]),
        ("âô", 0.8f, ["fr", "pt", "ro", "sk", "vi"]),
        ("î", 0.8f, ["fr", "ro"]),
        ("ûù", 0.8f, ["fr", "it"]),
        ("ëï", 0.6f, ["fr", "nl", "af", "ca"]),
        ("é", 0.6f, ["fr", "es", "pt", "it", "nl", "cs", "sk", "hu", "ca", "vi"]),
        ("íú", 0.5f, ["es", "pt", "cs", "sk", "hu", "ca", "it", "vi"]),
        ("á", 0.5f, ["es", "pt", "cs", "sk", "hu", "vi"]),
        ("ãõ", 1.5f, ["pt", "et", "vi"]),
        ("ìò", 1f, ["it", "ca", "vi"]),
        ("å", 1f, ["sv", "da", "nb"]),
        ("æø", 1f, ["da", "nb"]),
        ("řěů", 1.5f, ["cs"]),
        ("čšž", 0.8f, ["cs", "sk", "hr", "sl", "lt", "lv"]),
        ("ďťň", 1f, ["cs", "sk"]),
        ("ľĺŕ", 1.5f, ["sk"]),
        ("ğış", 1.5f, ["tr"]),
        ("șțăţ", 1.5f, ["ro"]),
        ("őű", 1.5f, ["hu"]),
        ("đ", 1f, ["hr", "vi"]),
        ("ėųūį", 1.5f, ["lt", "lv"]),
        ("āēīķļņģ", 1.5f, ["lv"]),
        ("ơư", 1.5f, ["vi"]),
        ("і", 1.5f, ["uk", "be", "kk"]),
        ("ґїє", 1.5f, ["uk"]),
        ("ыэё", 1.5f, ["ru", "be"]),
        ("ъ", 1f, ["ru", "bg"]),
        ("ў", 1.5f, ["be"]),
        ("јљњџ", 1.5f, ["sr", "mk"]),
        ("ђћ", 1.5f, ["sr"]),
        ("ѓќѕ", 1.5f, ["mk"]),
        ("әғқңөұүһ", 1.5f, ["kk"]),
    ];
}
