namespace SaySomething.Core.Text;

/// <summary>
/// The result of <see cref="TextNormalizer.Normalize"/>: the text to compare and count (<see cref="Value"/>) and,
/// for every character of it, the index in the original text it came from, so that a verdict can highlight the
/// original characters.
/// </summary>
/// <remarks>
/// Every character produced from one source character, or from one source cluster (a base character with its
/// combining marks, such as <c>e</c> + U+0301 or a Zalgo stack), maps to the index where that cluster starts.
/// Removed invisible characters map from nothing. Instances are immutable.
/// </remarks>
public sealed class NormalizedText
{
    // The map, stored as its shifts: pairs (index, source index minus index) at each index where that difference
    // changes, in index order; zero before the first. Most text shifts only at emoji, removed characters and
    // composed marks, so this is far smaller than a source index per character. Null for ASCII text (identity).
    private readonly int[]? _shifts;
    private readonly int[]? _zwjJoins;

    private NormalizedText(string value, int[]? shifts, int sourceLength, NormalizationCounts counts, int[]? zwjJoins)
    {
        _zwjJoins = zwjJoins;
        Value = value;
        _shifts = shifts;
        SourceLength = sourceLength;
        Counts = counts;
    }

    /// <summary>Gets the normalised text: invisible characters removed, NFKC, look-alikes folded, lower case.</summary>
    public string Value { get; }

    /// <summary>Gets the length of the original text, in UTF-16 code units.</summary>
    public int SourceLength { get; }

    /// <summary>Gets what the normalisation removed or folded: evidence for a verdict, never silently lost.</summary>
    public NormalizationCounts Counts { get; }

    /// <summary>
    /// Gets a value indicating whether character <c>i</c> of <see cref="Value"/> came from character <c>i</c> of
    /// the source (true for ASCII text, which only changes case); no map array is stored then.
    /// </summary>
    public bool IsIdentityMap => _shifts is null;

    /// <summary>Gets the length of <see cref="Value"/>.</summary>
    public int Length => Value.Length;

    /// <summary>
    /// Returns true when a ZERO WIDTH JOINER was removed right before normalised character <paramref name="index"/>
    /// (so it was joined to the character before it, as in emoji ZWJ sequences).
    /// </summary>
    public bool FollowsRemovedJoiner(int index) =>
        _zwjJoins is not null && index > 0 && index < Value.Length && Array.BinarySearch(_zwjJoins, SourceIndexOf(index)) >= 0;

    /// <summary>Returns the source index that normalised character <paramref name="index"/> came from.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside <see cref="Value"/>.</exception>
    public int SourceIndexOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Value.Length);
        return _shifts is null ? index : index + ShiftAt(index);
    }

    /// <summary>
    /// Returns the range of <paramref name="source"/> (the text that was normalised) that produced the normalised
    /// characters <c>[start, start + length)</c>: from the cluster of the first to the end of the cluster of the
    /// last, so combining marks and surrogate pairs are included whole. An empty range maps to an empty range at
    /// the source index of <paramref name="start"/> (or at the source end when <paramref name="start"/> is the end).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside <see cref="Value"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not as long as the normalised source.</exception>
    public Range ToSourceRange(int start, int length, ReadOnlySpan<char> source)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Value.Length - length);
        if (source.Length != SourceLength)
        {
            throw new ArgumentException("The source must be the text that was normalised.", nameof(source));
        }

        if (length == 0)
        {
            var at = start == Value.Length ? SourceLength : SourceIndexOf(start);
            return new Range(at, at);
        }

        var sourceStart = SourceIndexOf(start);
        var sourceEnd = SourceClusters.EndOfCluster(source, SourceIndexOf(start + length - 1));
        return new Range(sourceStart, sourceEnd);
    }

    /// <summary>Creates the result for ASCII text: each character came from the same index of the source.</summary>
    internal static NormalizedText Identity(string value) => new(value, null, value.Length, default, null);

    /// <summary>Creates the result with <paramref name="map"/>, the source index of every character of <paramref name="value"/>.</summary>
    internal static NormalizedText Mapped(string value, ReadOnlySpan<int> map, int sourceLength, NormalizationCounts counts, int[]? zwjJoins) =>
        new(value, Shifts(map), sourceLength, counts, zwjJoins);

    private static int[] Shifts(ReadOnlySpan<int> map)
    {
        var changes = 0;
        var shift = 0;
        for (var index = 0; index < map.Length; index++)
        {
            if (map[index] - index != shift)
            {
                shift = map[index] - index;
                changes++;
            }
        }

        if (changes == 0)
        {
            return [];
        }

        var shifts = new int[changes * 2];
        var next = 0;
        shift = 0;
        for (var index = 0; index < map.Length; index++)
        {
            if (map[index] - index != shift)
            {
                shift = map[index] - index;
                shifts[next++] = index;
                shifts[next++] = shift;
            }
        }

        return shifts;
    }

    // The shift in force at `index`: that of the last change at or before it.
    private int ShiftAt(int index)
    {
        var shifts = _shifts!;
        var low = 0;
        var high = (shifts.Length / 2) - 1;
        var shift = 0;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (shifts[middle * 2] <= index)
            {
                shift = shifts[(middle * 2) + 1];
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return shift;
    }
}
