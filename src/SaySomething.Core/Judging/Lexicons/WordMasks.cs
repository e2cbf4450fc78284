namespace SaySomething.Core.Judging.Lexicons;

/// <summary>What the lexicons know of one word: its masks (<see cref="LanguageLexicon.MaskOf"/>) in the post's language
/// and in English, and whether it names a month or a weekday.</summary>
internal readonly record struct WordMasks(uint Own, uint English, bool Calendar);
