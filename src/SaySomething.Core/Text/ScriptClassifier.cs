using System.Text;

namespace SaySomething.Core.Text;

/// <summary>
/// Classifies a code point into a <see cref="LetterScript"/> by block ranges. This is an approximation of the
/// Unicode Script property that is exact for the blocks that matter to homoglyph evasion (Latin, Greek,
/// Cyrillic); everything else that is a letter is <see cref="LetterScript.Other"/>.
/// </summary>
internal static class ScriptClassifier
{
    /// <summary>Returns the script of <paramref name="codePoint"/>; <see cref="LetterScript.None"/> for non-letters.</summary>
    public static LetterScript Classify(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return char.IsAsciiLetter((char)codePoint) ? LetterScript.Latin : LetterScript.None;
        }

        if (!Rune.IsValid(codePoint) || !Rune.IsLetter(new Rune(codePoint)))
        {
            return LetterScript.None;
        }

        return ClassifyLetter(codePoint);
    }

    /// <summary>Returns the script of <paramref name="codePoint"/>, a letter outside ASCII.</summary>
    public static LetterScript ClassifyLetter(int codePoint)
    {
        return codePoint switch
        {
            <= 0x02AF => LetterScript.Latin, // Latin-1, Extended-A/B, IPA
            >= 0x0370 and <= 0x03FF => LetterScript.Greek,
            >= 0x0400 and <= 0x052F => LetterScript.Cyrillic,
            >= 0x1C80 and <= 0x1C8F => LetterScript.Cyrillic,
            >= 0x1D00 and <= 0x1D25 => LetterScript.Latin, // phonetic extensions: small capitals and friends
            >= 0x1D26 and <= 0x1D2A => LetterScript.Greek,
            >= 0x1D2B and <= 0x1DBF => LetterScript.Latin,
            >= 0x1E00 and <= 0x1EFF => LetterScript.Latin,
            >= 0x1F00 and <= 0x1FFF => LetterScript.Greek,
            >= 0x2C60 and <= 0x2C7F => LetterScript.Latin,
            >= 0x2DE0 and <= 0x2DFF => LetterScript.Cyrillic,
            >= 0xA640 and <= 0xA69F => LetterScript.Cyrillic,
            >= 0xA720 and <= 0xA7FF => LetterScript.Latin,
            >= 0xAB30 and <= 0xAB6F => LetterScript.Latin,
            >= 0xFF21 and <= 0xFF5A => LetterScript.Latin,
            >= 0x1DF00 and <= 0x1DFFF => LetterScript.Latin,
            _ => LetterScript.Other,
        };
    }
}
