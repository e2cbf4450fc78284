using System.Collections.Frozen;
using System.Text;

namespace SaySomething.Core.Judging.Lexicons;

/// <summary>
/// The judging lexicons shipped with the product, one per supported language (<c>Data/{code}.txt</c>, embedded),
/// each parsed on first use. Thread-safe.
/// </summary>
public static class Lexicons
{
    /// <summary>The ISO 639-1 codes that have a lexicon.</summary>
    public static readonly IReadOnlyList<string> Codes = ["en", "uk", "ru", "de", "fr", "es", "nl", "pl", "ja", "zh"];

    private static readonly FrozenDictionary<string, Lazy<LanguageLexicon>> s_lexicons =
        Codes.ToFrozenDictionary(code => code, code => new Lazy<LanguageLexicon>(() => Load(code)), StringComparer.Ordinal);

    /// <summary>Returns the lexicon of <paramref name="code"/> (ISO 639-1, lower case), or <see cref="LanguageLexicon.Empty"/> for a language without one.</summary>
    public static LanguageLexicon For(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return s_lexicons.TryGetValue(code, out var lexicon) ? lexicon.Value : LanguageLexicon.Empty;
    }

    internal static string ResourceName(string code) => $"SaySomething.Core.Judging.Lexicons.Data.{code}.txt";

    private static LanguageLexicon Load(string code)
    {
        var name = ResourceName(code);
        using var stream = typeof(Lexicons).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return LexiconParser.Parse(code, reader.ReadToEnd());
    }
}
