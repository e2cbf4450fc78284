namespace SaySomething.Core.Judging.Thoughts;

/// <summary>The features that fired for one sentence (with the token that made each fire) and the resulting score.</summary>
internal sealed class SentenceScore
{
    /// <summary>Room for this many features, kept inside the score object (one allocation per scored sentence).</summary>
    private const int Capacity = 32;

    private Slots _slots;

    static SentenceScore()
    {
        if (ThoughtWeights.FeatureCount > Capacity)
        {
            throw new InvalidOperationException($"SentenceScore holds {Capacity} features; ThoughtFeature has {ThoughtWeights.FeatureCount}.");
        }
    }

    public SentenceScore() => ((Span<int>)_slots).Fill(-1);

    /// <summary>Clears every feature and the score (the judge reuses its scores per thread).</summary>
    public void Reset()
    {
        ((Span<int>)_slots).Fill(-1);
        FiredCount = 0;
        FiredMask = 0;
        Score = 0;
    }

    /// <summary>Gets the score: bias plus the weights of the fired features (log-odds of "the poster's own thought").</summary>
    public double Score { get; private set; }

    public bool Has(ThoughtFeature feature) => _slots[(int)feature] != -1;

    /// <summary>Gets how many features fired.</summary>
    public int FiredCount { get; private set; }

    /// <summary>Gets the features that fired as bits (bit <c>i</c> for feature <c>i</c>).</summary>
    public uint FiredMask { get; private set; }

    /// <summary>The token that made <paramref name="feature"/> fire, -2 when it is about the whole sentence, -1 when it did not fire.</summary>
    public int EvidenceOf(ThoughtFeature feature) => _slots[(int)feature];

    public void Fire(ThoughtFeature feature, int token = -2)
    {
        if (_slots[(int)feature] == -1)
        {
            _slots[(int)feature] = token;
            FiredCount++;
            FiredMask |= 1u << (int)feature;
        }
    }

    /// <summary>
    /// Gets a value indicating whether the sentence speaks as a person: I/you, a question, an exclamation, opinion
    /// verbs, sarcasm. Articles use judgement words and hedges too, so those do not count here.
    /// </summary>
    public bool HasPersonalVoice =>
        Has(ThoughtFeature.FirstPerson) || Has(ThoughtFeature.SecondPerson) || Has(ThoughtFeature.Stance) ||
        Has(ThoughtFeature.Sarcasm) || Has(ThoughtFeature.Question) || Has(ThoughtFeature.QuestionForm) ||
        Has(ThoughtFeature.MockingCase) || Has(ThoughtFeature.Informal) || Has(ThoughtFeature.Exclamation);

    public void Total(ThoughtWeights weights)
    {
        double score = weights.Bias;
        ReadOnlySpan<int> evidence = _slots;
        for (int i = 0; i < ThoughtWeights.FeatureCount; i++)
        {
            if (evidence[i] != -1)
            {
                score += weights[(ThoughtFeature)i];
            }
        }

        Score = score;
    }

    [System.Runtime.CompilerServices.InlineArray(Capacity)]
    private struct Slots
    {
        private int _first;
    }
}
