using System.Globalization;
using System.Runtime.CompilerServices;

namespace SaySomething.Core.Links;

/// <summary>Character tests shared by the link scanners. ASCII is decided by table; the rest by Unicode category.</summary>
internal static class CharClass
{
    /// <summary>Script family of a letter: URLs glued to following text end where the script changes.</summary>
    internal enum Script : byte
    {
        /// <summary>Digits, marks and separators: belongs to neither side.</summary>
        Neutral,

        /// <summary>ASCII letters and the accented Latin letters.</summary>
        Latin,

        /// <summary>Any other letter: Cyrillic, Greek, CJK, Arabic...</summary>
        Other,
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>Letters, digits and combining marks outside ASCII: allowed in IDN hosts and in paths.</summary>
    public static bool IsNonAsciiWordChar(char c)
    {
        if (c < 0x80)
        {
            return false;
        }

        if (char.IsSurrogate(c))
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>Characters a host label is made of, as written in text (IDN hosts included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLabelChar(char c) => c < 0x80 ? IsAsciiAlnum(c) || c is '-' or '_' : IsNonAsciiWordChar(c);

    public static Script ScriptOf(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? Script.Latin : Script.Neutral;
        }

        if (!IsNonAsciiWordChar(c) || char.IsDigit(c))
        {
            return Script.Neutral;
        }

        // Latin-1 Supplement letters, Latin Extended-A/B, IPA, Latin Extended Additional.
        return c is (>= '\u00C0' and <= '\u02AF') or (>= '\u1E00' and <= '\u1EFF') ? Script.Latin : Script.Other;
    }

    /// <summary>
    /// Whether <paramref name="current"/> starts a different script from <paramref name="previous"/> with nothing
    /// between them (an ASCII digit counts as Latin on the left): <c>…?t=1дивіться</c> ends before <c>д</c>.
    /// </summary>
    public static bool IsScriptChange(char previous, char current)
    {
        var now = ScriptOf(current);
        if (now == Script.Neutral)
        {
            return false;
        }

        var before = char.IsAsciiDigit(previous) ? Script.Latin : ScriptOf(previous);
        return before != Script.Neutral && before != now;
    }
}
