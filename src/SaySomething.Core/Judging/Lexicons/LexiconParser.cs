using SaySomething.Core.Text;

namespace SaySomething.Core.Judging.Lexicons;

/// <summary>
/// Parses the lexicon format (<c>Data/README.md</c>): <c>#</c> comment lines, <c>[category]</c> headers, one entry a
/// line. Each entry is tokenised exactly as post text is (<see cref="TextNormalizer"/>, then <see cref="WordReader"/>),
/// and only its <see cref="TokenKind.Word"/> tokens are kept, each as the <see cref="WordKey"/> hash of its
/// collapsed form. An entry that starts with punctuation glued to a word (<c>/s</c>, <c>@name</c>) is refused.
/// </summary>
internal static class LexiconParser
{
    /// <summary>The apostrophes <see cref="WordReader"/> joins words across; an entry is also filed under the other two.</summary>
    private static readonly char[] s_apostrophes = ['\'', '\u2019', '\u02BC'];

    /// <summary>Parses <paramref name="text"/>, the lexicon of <paramref name="code"/>.</summary>
    /// <exception cref="InvalidDataException">An unknown section, an entry before any section, or an entry with no word.</exception>
    public static LanguageLexicon Parse(string code, string text)
    {
        var builder = new LanguageLexicon.Builder(code);
        LexiconCategory? category = null;
        var lineNumber = 0;
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                category = ParseCategory(line[1..^1])
                    ?? throw new InvalidDataException($"{code}.txt line {lineNumber}: unknown section {line.ToString()}.");
                continue;
            }

            if (category is not { } current)
            {
                throw new InvalidDataException($"{code}.txt line {lineNumber}: entry before any [section].");
            }

            var entry = line.ToString();
            if (StartsWithGluedPunctuation(entry))
            {
                throw new InvalidDataException($"{code}.txt line {lineNumber}: '{entry}' starts with punctuation glued to a word, which a word list cannot hold.");
            }

            foreach (var variant in ApostropheVariants(entry))
            {
                var words = Tokenize(variant);
                if (words.Length == 0)
                {
                    throw new InvalidDataException($"{code}.txt line {lineNumber}: '{entry}' has no word after normalisation.");
                }

                builder.Add(current, entry, words);
            }
        }

        return builder.Build();
    }

    /// <summary>Returns the <see cref="WordKey"/> hashes of the words of <paramref name="text"/>, tokenised as post text is.</summary>
    public static long[] Tokenize(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = WordReader.Read(normalized);
        var hashes = new List<long>(tokens.Count);
        Span<char> buffer = stackalloc char[128];
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = token.TextIn(normalized);
            var scratch = word.Length <= buffer.Length ? buffer : new char[word.Length];
            var length = WordKey.Collapse(word, scratch);
            hashes.Add(WordKey.Hash(scratch[..length]));
        }

        return [.. hashes];
    }

    // "/s", "@name": the punctuation is the meaning, and dropping it would leave a bare common word.
    private static bool StartsWithGluedPunctuation(string entry)
    {
        var tokens = WordReader.Read(TextNormalizer.Normalize(entry));
        return tokens.Count > 1 && tokens[0].Kind == TokenKind.Punctuation && tokens[1].Start == tokens[0].End;
    }

    internal static LexiconCategory? ParseCategory(ReadOnlySpan<char> name) => name switch
    {
        "filler" => LexiconCategory.Filler,
        "first_person" => LexiconCategory.FirstPerson,
        "second_person" => LexiconCategory.SecondPerson,
        "evaluative" => LexiconCategory.Evaluative,
        "stance" => LexiconCategory.Stance,
        "hedge" => LexiconCategory.Hedge,
        "sarcasm" => LexiconCategory.Sarcasm,
        "caption_opener" => LexiconCategory.CaptionOpener,
        "reporting" => LexiconCategory.Reporting,
        "passive_auxiliary" => LexiconCategory.PassiveAuxiliary,
        "question_word" => LexiconCategory.QuestionWord,
        "function_word" => LexiconCategory.FunctionWord,
        _ => null,
    };

    // Text keeps the apostrophe the poster typed (NFKC leaves U+2019 alone), so "don't" is filed under all three.
    private static IEnumerable<string> ApostropheVariants(string entry)
    {
        if (entry.IndexOfAny(s_apostrophes) < 0)
        {
            yield return entry;
            yield break;
        }

        foreach (var apostrophe in s_apostrophes)
        {
            var variant = entry;
            foreach (var other in s_apostrophes)
            {
                variant = variant.Replace(other, apostrophe);
            }

            yield return variant;
        }
    }
}
