using System.Globalization;
using System.Text;

namespace SaySomething.Core.Text;

/// <summary>Character classes the tokenizer needs beyond what <see cref="Rune"/> offers.</summary>
internal static class CharClasses
{
    /// <summary>Han ideographs, Hiragana and Katakana: scripts written without spaces, tokenized one character at a time.</summary>
    public static bool IsUnigramScript(int codePoint) => codePoint switch
    {
        >= 0x3005 and <= 0x3007 => true, // 々 〆 〇
        >= 0x3040 and <= 0x30FF => true, // Hiragana, Katakana
        >= 0x3400 and <= 0x4DBF => true, // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0x20000 and <= 0x3FFFF => true, // CJK extensions B and later
        _ => false,
    };

    /// <summary>Pictographic code points that stand for an emoji (approximation of <c>Extended_Pictographic</c>).</summary>
    public static bool IsEmoji(int codePoint) => codePoint switch
    {
        0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x3030 or 0x303D or 0x3297 or 0x3299 => true,
        >= 0x2194 and <= 0x21AA => true,
        >= 0x2300 and <= 0x23FF => true,
        >= 0x25AA and <= 0x25FE => true,
        >= 0x2600 and <= 0x27BF => true,
        >= 0x2934 and <= 0x2935 => true,
        >= 0x2B05 and <= 0x2B55 => true,
        >= 0x1F000 and <= 0x1FAFF => true,
        _ => false,
    };

    /// <summary>Emoji skin-tone modifiers, which belong to the emoji before them.</summary>
    public static bool IsEmojiModifier(int codePoint) => codePoint is >= 0x1F3FB and <= 0x1F3FF;

    /// <summary>Regional indicator symbols; two of them make a flag.</summary>
    public static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>Apostrophes that join the letters on both sides into one word.</summary>
    public static bool IsInnerApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Separators that join the digits on both sides into one number.</summary>
    public static bool IsInnerNumberSeparator(char c) => c is '.' or ',' or ':' or '\u00A0' or '\u202F';

    /// <summary>Returns true for the sentence-ending punctuation of Latin, CJK, Devanagari and Arabic text.</summary>
    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\u3002' or '\uFF01' or '\uFF1F' or '\u0964' or '\u061F' or '\u2026';

    /// <summary>Returns true for letters (not digits or marks).</summary>
    public static bool IsLetter(Rune rune) => rune.IsAscii ? char.IsAsciiLetter((char)rune.Value) : Rune.IsLetter(rune);

    /// <summary>Returns true for decimal digits of any script.</summary>
    public static bool IsDigit(Rune rune) => rune.IsAscii ? char.IsAsciiDigit((char)rune.Value) : Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber;
}
