using System.Globalization;
using System.Text;

namespace SaySomething.Core.Text;

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
        // Everything but the mixed-script words is lower-cased in bulk; `pending` is where the text not written yet starts.
        var pending = 0;
        var index = 0;
        while (index < chars.Length)
        {
            if (!IsWordCharacter(chars, index, out var length, out _))
            {
                index += length;
                continue;
            }

            var end = ScanWord(chars, index, out var mixed);
            if (mixed)
            {
                output.AppendLowerInvariant(chars[pending..index], map[pending..index]);
                FoldWord(chars[..end], map, index, ref output, ref counts);
                pending = end;
            }

            index = end;
        }

        output.AppendLowerInvariant(chars[pending..], map[pending..]);
    }

    /// <summary>Returns true for letters, combining marks and decimal digits: the characters words are made of.</summary>
    public static bool IsWordRune(Rune rune) =>
        rune.IsAscii ? char.IsAsciiLetterOrDigit((char)rune.Value) : Rune.IsLetterOrDigit(rune) || SourceClusters.IsMark(rune.Value);

    private static int ScanWord(ReadOnlySpan<char> chars, int start, out bool mixed)
    {
        var latin = false;
        var other = false;
        var end = start;
        while (end < chars.Length && IsWordCharacter(chars, end, out var length, out var script))
        {
            latin |= script == LetterScript.Latin;
            other |= script is LetterScript.Greek or LetterScript.Cyrillic or LetterScript.Other;
            end += length;
        }

        mixed = latin && other;
        return end;
    }

    // Whether the code point at `index` is a word character (IsWordRune), its length and its script (Classify), with
    // one category lookup for a character of the Basic Multilingual Plane.
    private static bool IsWordCharacter(ReadOnlySpan<char> chars, int index, out int length, out LetterScript script)
    {
        var c = chars[index];
        if (c < 0x80)
        {
            length = 1;
            script = char.IsAsciiLetter(c) ? LetterScript.Latin : LetterScript.None;
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsSurrogate(c))
        {
            var rune = SourceClusters.Decode(chars, index, out length);
            script = ScriptClassifier.Classify(rune.Value);
            return IsWordRune(rune);
        }

        length = 1;
        script = LetterScript.None;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                script = ScriptClassifier.ClassifyLetter(c);
                return true;
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return c >= 0x300;
            default:
                return false;
        }
    }

    // A word with Latin letters and letters of another script: confusable letters of the other scripts are folded.
    private static void FoldWord(ReadOnlySpan<char> chars, ReadOnlySpan<int> map, int index, ref CharBuffer output, ref Counter counts)
    {
        var foldedAny = false;
        while (index < chars.Length)
        {
            var rune = SourceClusters.Decode(chars, index, out var length);
            var prototype = ScriptClassifier.Classify(rune.Value) is not (LetterScript.Latin or LetterScript.None)
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
