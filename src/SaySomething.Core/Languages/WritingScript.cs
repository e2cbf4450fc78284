namespace SaySomething.Core.Languages;

/// <summary>The writing systems the detector tells apart, by code point block.</summary>
internal enum WritingScript : byte
{
    None,
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Oriya,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Sinhala,
    Thai,
    Lao,
    Tibetan,
    Myanmar,
    Georgian,
    Hangul,
    Ethiopic,
    Khmer,
    Mongolian,
    Kana,
    Han,
    Bopomofo,
    Other,
}

/// <summary>Maps a letter to its <see cref="WritingScript"/> by block ranges (an approximation of the Unicode Script property).</summary>
internal static class WritingScripts
{
    /// <summary>The number of <see cref="WritingScript"/> values.</summary>
    public const int Count = (int)WritingScript.Other + 1;

    /// <summary>Returns the script of letter <paramref name="codePoint"/> (the caller has checked it is a letter).</summary>
    public static WritingScript Of(int codePoint) => codePoint switch
    {
        < 0x0250 => WritingScript.Latin,
        < 0x0370 => WritingScript.Latin, // IPA and spacing modifiers
        < 0x0400 => WritingScript.Greek,
        < 0x0530 => WritingScript.Cyrillic,
        < 0x0590 => WritingScript.Armenian,
        < 0x0600 => WritingScript.Hebrew,
        < 0x0700 => WritingScript.Arabic,
        >= 0x0750 and < 0x0780 => WritingScript.Arabic,
        >= 0x08A0 and < 0x0900 => WritingScript.Arabic,
        >= 0x0900 and < 0x0980 => WritingScript.Devanagari,
        >= 0x0980 and < 0x0A00 => WritingScript.Bengali,
        >= 0x0A00 and < 0x0A80 => WritingScript.Gurmukhi,
        >= 0x0A80 and < 0x0B00 => WritingScript.Gujarati,
        >= 0x0B00 and < 0x0B80 => WritingScript.Oriya,
        >= 0x0B80 and < 0x0C00 => WritingScript.Tamil,
        >= 0x0C00 and < 0x0C80 => WritingScript.Telugu,
        >= 0x0C80 and < 0x0D00 => WritingScript.Kannada,
        >= 0x0D00 and < 0x0D80 => WritingScript.Malayalam,
        >= 0x0D80 and < 0x0E00 => WritingScript.Sinhala,
        >= 0x0E00 and < 0x0E80 => WritingScript.Thai,
        >= 0x0E80 and < 0x0F00 => WritingScript.Lao,
        >= 0x0F00 and < 0x1000 => WritingScript.Tibetan,
        >= 0x1000 and < 0x10A0 => WritingScript.Myanmar,
        >= 0x10A0 and < 0x1100 => WritingScript.Georgian,
        >= 0x1100 and < 0x1200 => WritingScript.Hangul,
        >= 0x1200 and < 0x13A0 => WritingScript.Ethiopic,
        >= 0x1780 and < 0x1800 => WritingScript.Khmer,
        >= 0x1800 and < 0x18B0 => WritingScript.Mongolian,
        >= 0x1C80 and < 0x1C90 => WritingScript.Cyrillic,
        >= 0x1C90 and < 0x1CC0 => WritingScript.Georgian,
        >= 0x1D00 and < 0x1DC0 => WritingScript.Latin,
        >= 0x1E00 and < 0x1F00 => WritingScript.Latin,
        >= 0x1F00 and < 0x2000 => WritingScript.Greek,
        >= 0x2C60 and < 0x2C80 => WritingScript.Latin,
        >= 0x2D00 and < 0x2D30 => WritingScript.Georgian,
        >= 0x2DE0 and < 0x2E00 => WritingScript.Cyrillic,
        >= 0x3005 and <= 0x3007 => WritingScript.Han,
        >= 0x3040 and < 0x3100 => WritingScript.Kana,
        >= 0x3100 and < 0x3130 => WritingScript.Bopomofo,
        >= 0x3130 and < 0x3190 => WritingScript.Hangul,
        >= 0x31A0 and < 0x31C0 => WritingScript.Bopomofo,
        >= 0x31F0 and < 0x3200 => WritingScript.Kana,
        >= 0x3400 and < 0x4DC0 => WritingScript.Han,
        >= 0x4E00 and < 0xA000 => WritingScript.Han,
        >= 0xA640 and < 0xA6A0 => WritingScript.Cyrillic,
        >= 0xA720 and < 0xA800 => WritingScript.Latin,
        >= 0xAB30 and < 0xAB70 => WritingScript.Latin,
        >= 0xAC00 and < 0xD7B0 => WritingScript.Hangul,
        >= 0xF900 and < 0xFB00 => WritingScript.Han,
        >= 0xFB1D and < 0xFB50 => WritingScript.Hebrew,
        >= 0xFB50 and < 0xFE00 => WritingScript.Arabic,
        >= 0xFE70 and < 0xFF00 => WritingScript.Arabic,
        >= 0xFF21 and < 0xFF5B => WritingScript.Latin,
        >= 0xFF66 and < 0xFFA0 => WritingScript.Kana,
        >= 0xFFA0 and < 0xFFE0 => WritingScript.Hangul,
        >= 0x1B000 and < 0x1B170 => WritingScript.Kana,
        >= 0x20000 and < 0x40000 => WritingScript.Han,
        _ => WritingScript.Other,
    };

    /// <summary>Returns true for scripts written one character per word (see <c>WordReader</c>).</summary>
    public static bool IsUnigram(WritingScript script) => script is WritingScript.Han or WritingScript.Kana;

    /// <summary>Returns true for scripts written without spaces between words, where a word count says little.</summary>
    public static bool IsUnspaced(WritingScript script) =>
        script is WritingScript.Thai or WritingScript.Lao or WritingScript.Khmer or WritingScript.Myanmar or WritingScript.Tibetan;

    /// <summary>Returns the language of a script that stands for one language as far as the detector cares, or null.</summary>
    public static string? SingleLanguage(WritingScript script) => script switch
    {
        WritingScript.Greek => "el",
        WritingScript.Armenian => "hy",
        WritingScript.Hebrew => "he",
        WritingScript.Devanagari => "hi",
        WritingScript.Bengali => "bn",
        WritingScript.Gurmukhi => "pa",
        WritingScript.Gujarati => "gu",
        WritingScript.Oriya => "or",
        WritingScript.Tamil => "ta",
        WritingScript.Telugu => "te",
        WritingScript.Kannada => "kn",
        WritingScript.Malayalam => "ml",
        WritingScript.Sinhala => "si",
        WritingScript.Thai => "th",
        WritingScript.Lao => "lo",
        WritingScript.Tibetan => "bo",
        WritingScript.Myanmar => "my",
        WritingScript.Georgian => "ka",
        WritingScript.Hangul => "ko",
        WritingScript.Ethiopic => "am",
        WritingScript.Khmer => "km",
        WritingScript.Mongolian => "mn",
        WritingScript.Bopomofo => "zh",
        _ => null,
    };
}
