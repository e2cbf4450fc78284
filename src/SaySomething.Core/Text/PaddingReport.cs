namespace SaySomething.Core.Text;

/// <summary>The result of <see cref="PaddingDetector"/> for one text.</summary>
public sealed class PaddingReport
{
    internal PaddingReport(IReadOnlyList<TokenVerdict> verdicts, int ownWordCount, PaddingTechnique techniques)
    {
        Verdicts = verdicts;
        OwnWordCount = ownWordCount;
        Techniques = techniques;
    }

    /// <summary>Gets one verdict per token, in token order.</summary>
    public IReadOnlyList<TokenVerdict> Verdicts { get; }

    /// <summary>
    /// Gets the number of distinct meaningful words: word tokens that no rule flagged, counted once per
    /// <see cref="WordKey"/> (so <c>sooooo</c> and <c>so</c> are one word, and a word used twice counts once).
    /// </summary>
    public int OwnWordCount { get; }

    /// <summary>Gets every technique found in the text (<see cref="PaddingTechnique.None"/> when there is none).</summary>
    public PaddingTechnique Techniques { get; }
}
