namespace SaySomething.Core.Text;

/// <summary>What <see cref="PaddingDetector"/> found in a text, without the per-token verdicts.</summary>
/// <param name="OwnWordCount">The number of distinct meaningful words (see <see cref="PaddingReport.OwnWordCount"/>).</param>
/// <param name="Techniques">Every technique found (<see cref="PaddingTechnique.None"/> when there is none).</param>
public readonly record struct PaddingSummary(int OwnWordCount, PaddingTechnique Techniques);
