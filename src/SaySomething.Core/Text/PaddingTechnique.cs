namespace SaySomething.Core.Text;

/// <summary>
/// Why a token counts zero as the poster's own words (security.md §3.3, rows 3, 4 and 11). Flags, so that a
/// <see cref="PaddingReport"/> can say which techniques a text used; a token carries exactly one (the first rule
/// that matched, in the order below) or <see cref="None"/>.
/// </summary>
[Flags]
public enum PaddingTechnique
{
    /// <summary>Not padding (a word that counts, or punctuation, emoji or numbers in ordinary amounts).</summary>
    None = 0,

    /// <summary>A word that is one character, or a chunk of two or three, repeated at least three times (<c>jjjjj</c>, <c>hahaha</c>).</summary>
    RepeatedCharacters = 1,

    /// <summary>Keyboard mash: a row walk (<c>asdfgh</c>, <c>qwerty</c>) or an unpronounceable consonant run (see <see cref="KeyboardMashRule"/>).</summary>
    KeyboardMash = 2,

    /// <summary>Lorem ipsum placeholder text (see <see cref="LoremIpsumRule"/>).</summary>
    LoremIpsum = 4,

    /// <summary>The second and later copies of a word said three or more times in a row (<c>good good good</c>).</summary>
    RepeatedWord = 8,

    /// <summary>A sentence of two or more words that already appeared earlier in the text.</summary>
    RepeatedSentence = 16,

    /// <summary>Punctuation padding: one mark repeated four or more times (<c>!!!!</c>), a run of ten or more, or punctuation in a text with no word.</summary>
    PunctuationRun = 32,

    /// <summary>Four or more emoji in a row (punctuation between allowed), or emoji in a text with no word.</summary>
    EmojiRun = 64,

    /// <summary>Three or more numbers in a row, a number of ten or more digits, or numbers in a text with no word.</summary>
    NumberRun = 128,
}
