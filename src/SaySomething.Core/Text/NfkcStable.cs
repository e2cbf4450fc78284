namespace SaySomething.Core.Text;

/// <summary>
/// Blocks whose code points NFKC leaves unchanged when they stand alone (no combining mark follows): checked
/// before calling ICU so that Cyrillic, Greek, Arabic, Devanagari, CJK, Hangul, accented Latin and emoji text
/// normalise without a native call per character. Anything not listed simply takes the ICU path.
/// </summary>
internal static class NfkcStable
{
    /// <summary>Returns true when NFKC of <paramref name="codePoint"/> alone is itself.</summary>
    public static bool Contains(int codePoint) => codePoint switch
    {
        >= 0x00C0 and <= 0x00FF => true, // Latin-1 letters (precomposed, NFC-stable)
        >= 0x0100 and <= 0x0131 => true, // Latin Extended-A up to dotless i (before the ĳ/ŀ/ŉ compatibility letters)
        >= 0x0391 and <= 0x03A9 => true, // Greek capitals
        >= 0x03AC and <= 0x03CE => true, // Greek small letters, with tonos
        >= 0x0400 and <= 0x045F => true, // Cyrillic basic
        >= 0x0621 and <= 0x064A => true, // Arabic letters
        >= 0x0905 and <= 0x0939 => true, // Devanagari letters
        >= 0x3041 and <= 0x3096 => true, // Hiragana
        >= 0x30A1 and <= 0x30FA => true, // Katakana
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xAC00 and <= 0xD7A3 => true, // Hangul syllables
        >= 0x1F300 and <= 0x1F5FF => true, // pictographs
        >= 0x1F600 and <= 0x1F64F => true, // emoticons
        >= 0x1F680 and <= 0x1F6FF => true, // transport and map
        >= 0x1F900 and <= 0x1FAFF => true, // supplemental pictographs
        _ => false,
    };
}
