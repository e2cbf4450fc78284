// The text layer as it was before the single-pass rewrite (commit 22eacf2), kept only to check that the
// current implementation gives exactly the same results; see ReferenceEquivalenceTests.
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text.Reference;

/// <summary>Mutable tally behind <see cref="NormalizationCounts"/> while one text is normalised.</summary>
internal struct Counter
{
    public int InvisibleRemoved;
    public int BidiControlsRemoved;
    public int LookalikesFolded;
    public int MixedScriptWords;
    public int ZalgoClusters;

    /// <summary>Source indices just after each removed ZERO WIDTH JOINER, ascending; null when there was none.</summary>
    public List<int>? ZwjJoins;

    public void Invisible(int codePoint, int nextSourceIndex)
    {
        InvisibleRemoved++;
        if (codePoint == 0x200D)
        {
            (ZwjJoins ??= []).Add(nextSourceIndex);
        }

        if (codePoint is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069))
        {
            BidiControlsRemoved++;
        }
    }

    public readonly NormalizationCounts ToCounts() =>
        new(InvisibleRemoved, BidiControlsRemoved, LookalikesFolded, MixedScriptWords, ZalgoClusters);
}
