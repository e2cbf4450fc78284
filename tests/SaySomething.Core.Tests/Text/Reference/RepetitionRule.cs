// The text layer as it was before the single-pass rewrite (commit 22eacf2), kept only to check that the
// current implementation gives exactly the same results; see ReferenceEquivalenceTests.
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text.Reference;

/// <summary>
/// Repeated words and sentences. A word said <see cref="MinWordRun"/> or more times in a row (by
/// <see cref="WordKey"/>, punctuation and emoji between ignored) has its second and later copies flagged
/// <see cref="PaddingTechnique.RepeatedWord"/>; two in a row (<c>very very</c>, <c>bye bye</c>) are ordinary
/// language and are not. A sentence (ended by <c>. ! ? … 。 ！ ？ ।</c> or a line break) of at least two words whose
/// word keys equal an earlier sentence's is flagged <see cref="PaddingTechnique.RepeatedSentence"/> whole.
/// Non-adjacent repeats of a single word are not flagged: <see cref="PaddingReport.OwnWordCount"/> counts
/// distinct words anyway.
/// </summary>
internal static class RepetitionRule
{
    /// <summary>Consecutive copies of a word from which the later copies are padding. Default 3.</summary>
    public const int MinWordRun = 3;

    [ThreadStatic]
    private static HashSet<long>? t_sentences;

    internal static void ApplyWords(ReadOnlySpan<Token> tokens, ReadOnlySpan<long> keys, Span<PaddingTechnique> techniques)
    {
        var runStart = -1;
        var runLength = 0;
        for (var index = 0; index <= tokens.Length; index++)
        {
            if (index < tokens.Length && tokens[index].Kind != TokenKind.Word)
            {
                continue;
            }

            if (index < tokens.Length && runStart >= 0 && keys[index] == keys[runStart])
            {
                runLength++;
                continue;
            }

            if (runLength >= MinWordRun)
            {
                for (var later = runStart + 1; later < index; later++)
                {
                    if (tokens[later].Kind == TokenKind.Word && techniques[later] == PaddingTechnique.None)
                    {
                        techniques[later] = PaddingTechnique.RepeatedWord;
                    }
                }
            }

            runStart = index;
            runLength = 1;
        }
    }

    internal static void ApplySentences(NormalizedText text, ReadOnlySpan<Token> tokens, ReadOnlySpan<long> keys, Span<PaddingTechnique> techniques)
    {
        var seen = t_sentences ??= [];
        seen.Clear();
        var sentenceStart = 0;
        var hash = 0L;
        var words = 0;
        for (var index = 0; index <= tokens.Length; index++)
        {
            var boundary = index == tokens.Length || EndsSentence(text, tokens, index);
            if (index < tokens.Length && tokens[index].Kind == TokenKind.Word)
            {
                hash = unchecked((hash * 1_000_003) ^ keys[index]);
                words++;
            }

            if (!boundary)
            {
                continue;
            }

            if (words >= 2 && !seen.Add(hash))
            {
                for (var member = sentenceStart; member <= Math.Min(index, tokens.Length - 1); member++)
                {
                    if (tokens[member].Kind == TokenKind.Word && techniques[member] == PaddingTechnique.None)
                    {
                        techniques[member] = PaddingTechnique.RepeatedSentence;
                    }
                }
            }

            sentenceStart = index + 1;
            hash = 0;
            words = 0;
        }
    }

    // The token ends a sentence when it is sentence-final punctuation or a line break follows it.
    private static bool EndsSentence(NormalizedText text, ReadOnlySpan<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind == TokenKind.Punctuation && token.TextIn(text).IndexOfAny(SentenceEnds) >= 0)
        {
            return true;
        }

        var gapEnd = index + 1 < tokens.Length ? tokens[index + 1].Start : text.Length;
        return text.Value.AsSpan(token.End, gapEnd - token.End).IndexOfAny('\n', '\r', '\u2029') >= 0;
    }

    private static ReadOnlySpan<char> SentenceEnds => ".!?\u2026\u3002\uFF01\uFF1F\u0964\u061F";
}
