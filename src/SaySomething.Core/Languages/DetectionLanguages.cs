namespace SaySomething.Core.Languages;

/// <summary>
/// The languages the detector scores, each with an index into its score arrays (a bit of a <see cref="ulong"/>
/// mask): the Latin-script ones first, the supported ones at the front, then the Cyrillic-script ones.
/// </summary>
internal static class DetectionLanguages
{
    /// <summary>Codes by index.</summary>
    public static readonly string[] Codes =
    [
        "en", "de", "fr", "es", "nl", "pl",
        "it", "pt", "sv", "da", "nb", "fi", "cs", "sk", "tr", "ro", "hu", "hr", "sl", "ca", "id", "lt", "lv", "et", "vi", "tl", "af",
        "uk", "ru", "bg", "sr", "mk", "be", "kk",
    ];

    /// <summary>The number of scored languages (at most 64).</summary>
    public static readonly int Count = Codes.Length;

    /// <summary>Index of English, the prior when Latin text gives no evidence.</summary>
    public static readonly int English = IndexOf("en");

    /// <summary>Index of Spanish (for <c>¿</c> and <c>¡</c>).</summary>
    public static readonly int Spanish = IndexOf("es");

    /// <summary>Index of Dutch (for the digraph <c>ij</c>).</summary>
    public static readonly int Dutch = IndexOf("nl");

    /// <summary>Index of Russian, the prior when Cyrillic text gives no evidence.</summary>
    public static readonly int Russian = IndexOf("ru");

    /// <summary>First index of the Cyrillic-script languages; those before it are Latin-script.</summary>
    public static readonly int FirstCyrillic = IndexOf("uk");

    /// <summary>The codes that have judging lexicons (and so are <see cref="LanguageGuess.Supported"/>).</summary>
    public static bool IsSupported(string code) =>
        code is "en" or "uk" or "ru" or "de" or "fr" or "es" or "nl" or "pl" or "ja" or "zh";

    /// <summary>Returns the index of <paramref name="code"/>, or -1.</summary>
    public static int IndexOf(string code) => Array.IndexOf(Codes, code);

    /// <summary>Returns the mask of the given codes.</summary>
    public static ulong Mask(params ReadOnlySpan<string> codes)
    {
        ulong mask = 0;
        foreach (var code in codes)
        {
            var index = IndexOf(code);
            if (index < 0)
            {
                throw new ArgumentException($"Unknown detection language {code}.", nameof(codes));
            }

            mask |= 1UL << index;
        }

        return mask;
    }
}
