namespace SaySomething.Core.Judging.Sentences;

/// <summary>
/// How a token was written, read once per token by <see cref="TextAnalysis"/> so that the thought features test a
/// bit instead of walking the characters of every word of every sentence again.
/// </summary>
[Flags]
internal enum WordShape : byte
{
    /// <summary>Nothing below.</summary>
    None = 0,

    /// <summary>A word that starts with an upper-case letter in the source.</summary>
    Capitalised = 1,

    /// <summary>
    /// A word of four or more characters with a lower-case letter followed by two capitals inside it ("ruSSia"); only
    /// read where normalisation changed nothing, so source and normalised offsets agree.
    /// </summary>
    MockingCase = 2,

    /// <summary>A word of three or more characters whose letters are all upper case in the source (same condition).</summary>
    AllCaps = 4,

    /// <summary>A word with both digits and letters ("30mm", "Ka-52" reads "Ka" and "52"; "F16" is one).</summary>
    DigitAndLetter = 8,

    /// <summary>A number that looks like a year: four digits starting 19 or 20.</summary>
    Year = 16,
}
