using SaySomething.Core.Documents;
using SaySomething.Core.Judging.OwnText;
using SaySomething.Core.Judging.Sentences;
using SaySomething.Core.Judging.Thoughts;
using SaySomething.Core.Languages;
using SaySomething.Core.Policies;

namespace SaySomething.Core.Judging.Verdicts;

/// <summary>Everything the pipeline found about a post, handed to <see cref="VerdictBuilder"/> (by reference: a struct, so
/// that judging a post does not allocate it).</summary>
internal readonly struct JudgementInputs
{
    public JudgementInputs()
    {
    }

    public required JudgePolicy Policy { get; init; }

    public required PostDocument Document { get; init; }

    public required CandidateTextBuilder Parts { get; init; }

    public required IReadOnlyList<JudgedLink> Links { get; init; }

    public required TextAnalysis Text { get; init; }

    public required List<JudgedSentence> Sentences { get; init; }

    public required LanguageGuess Language { get; init; }

    public required ThoughtWeights Weights { get; init; }

    public IReadOnlyList<LinkMetadataStatus> MetadataStatus { get; init; } = [];
}
