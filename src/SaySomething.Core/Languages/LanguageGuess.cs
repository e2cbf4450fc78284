namespace SaySomething.Core.Languages;

/// <summary>The language <see cref="LanguageDetector"/> thinks a text is written in.</summary>
/// <param name="Code">ISO 639-1 code (<c>en</c>, <c>uk</c>, <c>ja</c>, or any other language's code), or <c>und</c> when the text has too little to tell.</param>
/// <param name="Supported">True for the languages the judge has lexicons for: en, uk, ru, de, fr, es, nl, pl, ja, zh.</param>
/// <param name="Confidence">From 0 to 1: how sure the detector is; 0 for <c>und</c>.</param>
public readonly record struct LanguageGuess(string Code, bool Supported, double Confidence)
{
    /// <summary>The code of an undetermined language.</summary>
    public const string UndeterminedCode = "und";

    /// <summary>Gets the guess for a text with too little to tell: <c>und</c>, unsupported, confidence 0.</summary>
    public static LanguageGuess Undetermined { get; } = new(UndeterminedCode, false, 0);

    /// <summary>Gets a value indicating whether the language was determined (the code is not <c>und</c>).</summary>
    public bool IsDetermined => !string.Equals(Code, UndeterminedCode, StringComparison.Ordinal);
}
