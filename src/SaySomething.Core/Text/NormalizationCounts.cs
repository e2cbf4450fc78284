namespace SaySomething.Core.Text;

/// <summary>What <see cref="TextNormalizer"/> removed or folded in one text; all zero for plain ASCII.</summary>
/// <param name="InvisibleRemoved">Invisible and default-ignorable code points removed (zero-width, bidi, fillers...).</param>
/// <param name="BidiControlsRemoved">Of those, bidi embeddings, overrides, isolates and marks (UTR #36 spoofing signal).</param>
/// <param name="LookalikesFolded">Letters folded to ASCII by the supplementary table or the mixed-script confusable rule.</param>
/// <param name="MixedScriptWords">Words that mixed Latin with another script and had confusables folded.</param>
/// <param name="ZalgoClusters">Clusters with more than <see cref="TextNormalizer.MaxCombiningMarks"/> combining marks, stripped to the base.</param>
public readonly record struct NormalizationCounts(
    int InvisibleRemoved,
    int BidiControlsRemoved,
    int LookalikesFolded,
    int MixedScriptWords,
    int ZalgoClusters);
