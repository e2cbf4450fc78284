namespace SaySomething.Core.Text;

/// <summary>The script of a letter, as far as the mixed-script rule of <see cref="TextNormalizer"/> needs it.</summary>
internal enum LetterScript
{
    /// <summary>Not a letter (digits, marks, punctuation, symbols, spaces).</summary>
    None,

    /// <summary>Latin letters, including small capitals, IPA and Latin Extended blocks.</summary>
    Latin,

    /// <summary>Greek and Coptic letters.</summary>
    Greek,

    /// <summary>Cyrillic letters.</summary>
    Cyrillic,

    /// <summary>Any other script (Armenian, Cherokee, Arabic, Han, ...).</summary>
    Other,
}
