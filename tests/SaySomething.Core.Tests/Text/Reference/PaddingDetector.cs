// The text layer as it was before the single-pass rewrite (commit 22eacf2), kept only to check that the
// current implementation gives exactly the same results; see ReferenceEquivalenceTests.
using System.Buffers;
using System.Runtime.InteropServices;
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text.Reference;

/// <summary>
/// Marks the tokens that count zero as the poster's own words, each with its <see cref="PaddingTechnique"/>, and
/// counts the distinct words that remain. Rules run in this order, and the first to flag a token wins:
/// <see cref="RepeatedCharactersRule"/> and <see cref="KeyboardMashRule"/> (per word),
/// <see cref="LoremIpsumRule"/>, <see cref="RepetitionRule"/> (words, then sentences), then
/// <see cref="SymbolRunRule"/> (punctuation, emoji, numbers, which never count as words anyway).
/// </summary>
/// <remarks>Stateless and thread-safe. Scratch arrays come from the shared pool; the report is the only allocation
/// besides a small hash set.</remarks>
internal static class PaddingDetector
{
    private const int StackKeyLength = 128;

    [ThreadStatic]
    private static HashSet<long>? t_distinct;

    /// <summary>Normalises, tokenizes and analyses <paramref name="source"/> in one call.</summary>
    /// <param name="source">The post text.</param>
    /// <param name="skipSourceRanges">Source ranges to leave out (extracted links); see <see cref="WordReader.Read(NormalizedText, ReadOnlySpan{Range})"/>.</param>
    public static PaddingReport Analyze(ReadOnlySpan<char> source, ReadOnlySpan<Range> skipSourceRanges = default)
    {
        var text = TextNormalizer.Normalize(source);
        return Analyze(text, WordReader.Read(text, skipSourceRanges));
    }

    /// <summary>Analyses the <paramref name="tokens"/> of <paramref name="text"/> (as produced by <see cref="WordReader"/>).</summary>
    public static PaddingReport Analyze(NormalizedText text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Analyze(text, tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : tokens.ToArray());
    }

    /// <summary>Analyses the <paramref name="tokens"/> of <paramref name="text"/> (as produced by <see cref="WordReader"/>).</summary>
    public static PaddingReport Analyze(NormalizedText text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = tokens.Length;
        var techniqueArray = ArrayPool<PaddingTechnique>.Shared.Rent(count);
        var keyArray = ArrayPool<long>.Shared.Rent(count);
        try
        {
            var techniques = techniqueArray.AsSpan(0, count);
            var keys = keyArray.AsSpan(0, count);
            techniques.Clear();
            ClassifyWords(text, tokens, techniques, keys);
            LoremIpsumRule.Apply(text, tokens, techniques);
            RepetitionRule.ApplyWords(tokens, keys, techniques);
            RepetitionRule.ApplySentences(text, tokens, keys, techniques);
            SymbolRunRule.Apply(text, tokens, techniques);
            return BuildReport(tokens, techniques, keys);
        }
        finally
        {
            ArrayPool<PaddingTechnique>.Shared.Return(techniqueArray);
            ArrayPool<long>.Shared.Return(keyArray);
        }
    }

    private static void ClassifyWords(NormalizedText text, ReadOnlySpan<Token> tokens, Span<PaddingTechnique> techniques, Span<long> keys)
    {
        Span<char> stackBuffer = stackalloc char[StackKeyLength];
        for (var index = 0; index < tokens.Length; index++)
        {
            var token = tokens[index];
            if (token.Kind != TokenKind.Word)
            {
                keys[index] = 0;
                continue;
            }

            var word = token.TextIn(text);
            var rented = word.Length > StackKeyLength ? ArrayPool<char>.Shared.Rent(word.Length) : null;
            var buffer = rented ?? stackBuffer;
            var key = buffer[..WordKey.Collapse(word, buffer)];
            keys[index] = WordKey.Hash(key);
            if (RepeatedCharactersRule.IsRepeated(word))
            {
                techniques[index] = PaddingTechnique.RepeatedCharacters;
            }
            else if (KeyboardMashRule.IsMash(key))
            {
                techniques[index] = PaddingTechnique.KeyboardMash;
            }

            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static PaddingReport BuildReport(ReadOnlySpan<Token> tokens, ReadOnlySpan<PaddingTechnique> techniques, ReadOnlySpan<long> keys)
    {
        var verdicts = new TokenVerdict[tokens.Length];
        var distinct = t_distinct ??= [];
        distinct.Clear();
        var found = PaddingTechnique.None;
        for (var index = 0; index < verdicts.Length; index++)
        {
            verdicts[index] = new TokenVerdict(tokens[index], techniques[index]);
            found |= techniques[index];
            if (verdicts[index].Counts)
            {
                distinct.Add(keys[index]);
            }
        }

        return new PaddingReport(verdicts, distinct.Count, found);
    }
}
