using Lingua;
using LinguaDetector = Lingua.LanguageDetector;

namespace SaySomething.Core.Languages;

/// <summary>
/// Lingua (SearchPioneer.Lingua) in low-accuracy mode over the Latin-script languages whose trigram models the
/// project ships (see the csproj), consulted only when the word and letter evidence of Latin text is weak. Built on
/// first use; when the models cannot be found the fallback is off and the detector decides alone.
/// </summary>
internal static class LinguaFallback
{
    /// <summary>The directory Lingua reads its models from.</summary>
    public static readonly string ModelsDirectory = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");

    private static readonly Language[] s_languages =
    [
        Language.English, Language.German, Language.French, Language.Spanish, Language.Dutch, Language.Polish,
        Language.Italian, Language.Portuguese, Language.Swedish, Language.Danish, Language.Bokmal, Language.Finnish,
        Language.Czech, Language.Slovak, Language.Turkish, Language.Romanian, Language.Hungarian, Language.Croatian,
        Language.Catalan, Language.Indonesian,
    ];

    private static readonly Lazy<(LinguaDetector Detector, Dictionary<Language, int> Indices)?> s_state = new(Build);

    /// <summary>Gets a value indicating whether the models were found and the fallback is on.</summary>
    public static bool IsAvailable => s_state.Value is not null;

    /// <summary>
    /// Adds <paramref name="weight"/> times Lingua's confidence for each language to <paramref name="scores"/>
    /// (indexed as <see cref="DetectionLanguages"/>); returns false, adding nothing, when the fallback is off.
    /// </summary>
    public static bool AddConfidences(ReadOnlySpan<char> text, Span<float> scores, float weight)
    {
        if (s_state.Value is not { } state)
        {
            return false;
        }

        IReadOnlyDictionary<Language, double> confidences;
        try
        {
            confidences = state.Detector.ComputeLanguageConfidenceValues(text.ToString());
        }
        catch (IOException)
        {
            return false;
        }
        catch (InvalidDataException)
        {
            return false;
        }

        foreach (var (language, confidence) in confidences)
        {
            if (state.Indices.TryGetValue(language, out var index))
            {
                scores[index] += (float)(weight * confidence);
            }
        }

        return true;
    }

    private static (LinguaDetector, Dictionary<Language, int>)? Build()
    {
        var indices = new Dictionary<Language, int>();
        foreach (var language in s_languages)
        {
            var code = language.IsoCode6391().ToString().ToLowerInvariant();
            var index = DetectionLanguages.IndexOf(code);
            if (index < 0 || !File.Exists(Path.Combine(ModelsDirectory, code, "trigrams.json.br")))
            {
                return null;
            }

            indices[language] = index;
        }

        var detector = LanguageDetectorBuilder.FromLanguages(s_languages)
            .WithLowAccuracyMode()
            .WithLanguageModelsDirectory(ModelsDirectory)
            .Build();
        return (detector, indices);
    }
}
