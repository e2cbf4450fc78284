// The text layer as it was before the single-pass rewrite (commit 22eacf2), kept only to check that the
// current implementation gives exactly the same results; see ReferenceEquivalenceTests.
using System.Text;
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text.Reference;

/// <summary>
/// The per-word mixed-script rule and lower-casing (the last steps of <see cref="TextNormalizer"/>).
/// </summary>
/// <remarks>
/// A word is a maximal run of letters, combining marks and decimal digits. A word that has at least one Latin
/// letter and at least one letter of another script is a homoglyph suspect: every non-Latin letter in it that has
/// a UTS #39 prototype made of ASCII letters is replaced by that prototype. Words without a Latin letter are never
/// changed (beyond lower case), so whole Cyrillic, Greek or other-script words keep their script. Digits are never
/// folded (<c>0</c> stays <c>0</c>).
/// </remarks>
internal static class MixedScriptFolder
{
    public static void FoldAndLower(ReadOnlySpan<char> chars, ReadOnlySpan<int> map, ref CharBuffer output, ref Counter counts)
    {
        var index = 0;
        while (index < chars.Length)
        {
            var rune = SourceClusters.Decode(chars, index, out var length);
            if (!IsWordRune(rune))
            {
                AppendLower(rune, map[index], ref output);
                index += length;
                continue;
            }

            var end = ScanWord(chars, index, out var mixed);
            var foldedAny = false;
            while (index < end)
            {
                rune = SourceClusters.Decode(chars, index, out length);
                var prototype = mixed && ScriptClassifier.Classify(rune.Value) is not (LetterScript.Latin or LetterScript.None)
                    ? LookalikeTables.Default.Confusable(rune.Value)
                    : null;
                if (prototype is not null)
                {
                    foldedAny = true;
                    counts.LookalikesFolded++;
                    output.Append(prototype, map[index]);
                }
                else
                {
                    AppendLower(rune, map[index], ref output);
                }

                index += length;
            }

            if (foldedAny)
            {
                counts.MixedScriptWords++;
            }
        }
    }

    /// <summary>Returns true for letters, combining marks and decimal digits: the characters words are made of.</summary>
    public static bool IsWordRune(Rune rune) =>
        rune.IsAscii ? char.IsAsciiLetterOrDigit((char)rune.Value) : Rune.IsLetterOrDigit(rune) || SourceClusters.IsMark(rune.Value);

    private static int ScanWord(ReadOnlySpan<char> chars, int start, out bool mixed)
    {
        var latin = false;
        var other = false;
        var end = start;
        while (end < chars.Length)
        {
            var rune = SourceClusters.Decode(chars, end, out var length);
            if (!IsWordRune(rune))
            {
                break;
            }

            var script = ScriptClassifier.Classify(rune.Value);
            latin |= script == LetterScript.Latin;
            other |= script is LetterScript.Greek or LetterScript.Cyrillic or LetterScript.Other;
            end += length;
        }

        mixed = latin && other;
        return end;
    }

    private static void AppendLower(Rune rune, int sourceIndex, ref CharBuffer output)
    {
        if (rune.IsAscii)
        {
            output.Append(char.ToLowerInvariant((char)rune.Value), sourceIndex);
            return;
        }

        output.Append(Rune.ToLowerInvariant(rune), sourceIndex);
    }
}
