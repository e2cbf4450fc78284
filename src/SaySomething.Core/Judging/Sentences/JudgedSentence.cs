using SaySomething.Core.Judging.OwnText;
using SaySomething.Core.Judging.Thoughts;

namespace SaySomething.Core.Judging.Sentences;

/// <summary>A sentence of candidate text with what the judge found in it.</summary>
internal sealed class JudgedSentence(Sentence sentence, int words, int countingWords)
{
    public Sentence Sentence { get; private set; } = sentence;

    /// <summary>Gets the number of word tokens.</summary>
    public int Words { get; private set; } = words;

    /// <summary>Gets the number of word tokens that are not padding.</summary>
    public int CountingWords { get; private set; } = countingWords;

    public SentenceClass Class { get; set; }

    /// <summary>Gets or sets the source it repeats, for <see cref="SentenceClass.Copied"/>.</summary>
    public ContextKind CopiedFrom { get; set; }

    /// <summary>Gets or sets the number of its words that repeat the best-matching source.</summary>
    public int CopiedWords { get; set; }

    /// <summary>Gets or sets the number of its counting words that are filler.</summary>
    public int FillerWords { get; set; }

    public SentenceScore? Score { get; set; }

    /// <summary>Gets or sets a value indicating whether the class is a guess: a lone word no lexicon knows ("Mood.", "F").</summary>
    public bool Uncertain { get; set; }

    /// <summary>Makes this a fresh judgement of another sentence (the judge reuses its sentences per thread).</summary>
    public void Reset(Sentence sentence, int words, int countingWords)
    {
        Sentence = sentence;
        Words = words;
        CountingWords = countingWords;
        Class = default;
        CopiedFrom = default;
        CopiedWords = 0;
        FillerWords = 0;
        Score = null;
        Uncertain = false;
    }
}
