// The text layer as it was before the single-pass rewrite (commit 22eacf2), kept only to check that the
// current implementation gives exactly the same results; see ReferenceEquivalenceTests.
using System.Collections.Frozen;
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text.Reference;

/// <summary>
/// Lorem ipsum placeholder text. Words of the classic placeholder passage are collected into runs of consecutive
/// words (punctuation, emoji and numbers between them do not break a run; any other word does). A run is
/// placeholder text when it holds at least <see cref="MinDistinctive"/> <em>distinctive</em> words (ones that are
/// not also everyday words of a living language, such as <c>lorem</c>, <c>ipsum</c>, <c>amet</c>,
/// <c>consectetur</c>), or one distinctive word in a run of three or more. Then every word of the run is flagged,
/// the common ones (<c>sit</c>, <c>in</c>, <c>et</c>, <c>dolor</c>) included. Alone, the common ones never are, so
/// French <c>et</c>/<c>est</c>, Spanish <c>dolor</c> or English <c>in</c> stay words.
/// </summary>
internal static class LoremIpsumRule
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

    /// <summary>Returns true when <paramref name="word"/> is a distinctive placeholder word.</summary>
    public static bool IsDistinctive(ReadOnlySpan<char> word) => s_words.TryGetValue(word, out var distinctive) && distinctive;

    /// <summary>Returns true when <paramref name="word"/> belongs to the placeholder passage at all.</summary>
    public static bool IsPlaceholderWord(ReadOnlySpan<char> word) => s_words.ContainsKey(word);

    /// <summary>Flags the placeholder runs among <paramref name="tokens"/> in <paramref name="techniques"/>.</summary>
    internal static void Apply(NormalizedText text, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques)
    {
        var runStart = -1;
        var runWords = 0;
        var distinctive = 0;
        for (var index = 0; index <= tokens.Length; index++)
        {
            var token = index < tokens.Length ? tokens[index] : default;
            if (index < tokens.Length && token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = index < tokens.Length ? token.TextIn(text) : [];
            if (index < tokens.Length && word.Length <= MaxWordLength && s_words.TryGetValue(word, out var isDistinctive))
            {
                runStart = runStart < 0 ? index : runStart;
                runWords++;
                distinctive += isDistinctive ? 1 : 0;
                continue;
            }

            if (runStart >= 0 && (distinctive >= MinDistinctive || (distinctive >= 1 && runWords >= 3)))
            {
                Flag(tokens, techniques, runStart, index);
            }

            runStart = -1;
            runWords = 0;
            distinctive = 0;
        }
    }

    private static void Flag(ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques, int start, int end)
    {
        for (var index = start; index < end; index++)
        {
            if (tokens[index].Kind == TokenKind.Word && techniques[index] == PaddingTechnique.None)
            {
                techniques[index] = PaddingTechnique.LoremIpsum;
            }
        }
    }
}
