namespace SaySomething.Core.Text;

/// <summary>What a <see cref="Token"/> of normalised text is.</summary>
public enum TokenKind
{
    /// <summary>Letters of any script, possibly with digits, marks and inner apostrophes (<c>don't</c>, <c>mp3</c>); one Han or Kana character.</summary>
    Word,

    /// <summary>Digits only, with inner separators (<c>1,000.5</c>, <c>12:30</c>).</summary>
    Number,

    /// <summary>One emoji, with its modifiers and the emoji it was joined to (ZWJ sequences, flags).</summary>
    Emoji,

    /// <summary>A run of punctuation and non-emoji symbols.</summary>
    Punctuation,

    /// <summary>Something that looks like a URL (<c>http://</c>, <c>https://</c>, <c>www.</c>) up to the next space; left to the link extractor.</summary>
    Url,

    /// <summary>Text inside a source range the caller asked to skip (extracted links, for example).</summary>
    Skipped,
}
