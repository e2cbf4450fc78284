namespace SaySomething.Core.Text;

/// <summary>
/// The characters <see cref="TextNormalizer"/> removes before anything else: every
/// <c>Default_Ignorable_Code_Point</c> of Unicode (zero-width space, joiners, word joiner, soft hyphen,
/// combining grapheme joiner, bidi controls and isolates, variation selectors, tag characters, Hangul fillers,
/// the Mongolian vowel separator, ...) plus U+2800 BRAILLE PATTERN BLANK, which renders as a blank but is not
/// whitespace.
/// </summary>
internal static class InvisibleCharacters
{
    /// <summary>Returns true when <paramref name="codePoint"/> is removed for analysis.</summary>
    public static bool IsInvisible(int codePoint) => codePoint switch
    {
        < 0xAD => false,
        0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x17B4 or 0x17B5 => true,
        0x2800 or 0x3164 or 0xFEFF or 0xFFA0 => true,
        >= 0x180B and <= 0x180F => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x206F => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xFFF0 and <= 0xFFF8 => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0000 and <= 0xE0FFF => true,
        _ => false,
    };
}
