namespace SaySomething.Core.Providers.Rules;

/// <summary>
/// One path segment of a rule pattern: a literal (<c>watch</c>), a literal prefix followed by anything
/// (<c>*</c>, <c>@*</c>), a literal prefix followed by a capture (<c>{id}</c>, <c>v{id:head}</c>), or
/// <c>**</c> (any number of remaining segments, only last). Literals compare ASCII case-insensitively.
/// </summary>
internal sealed class SegmentPattern
{
    private SegmentPattern(string prefix, bool wildcard, bool rest, int captureIndex, CaptureConstraint constraint)
    {
        Prefix = prefix;
        IsWildcard = wildcard;
        IsRest = rest;
        CaptureIndex = captureIndex;
        Constraint = constraint;
    }

    public string Prefix { get; }

    public bool IsWildcard { get; }

    public bool IsRest { get; }

    /// <summary>Index in the rule's <see cref="CaptureSet"/>, or -1 when the segment captures nothing.</summary>
    public int CaptureIndex { get; }

    public CaptureConstraint Constraint { get; }

    /// <summary>Parses one segment; capture names are added to <paramref name="captureNames"/>.</summary>
    public static SegmentPattern Parse(string text, List<string> captureNames)
    {
        if (text == "**")
        {
            return new SegmentPattern(string.Empty, wildcard: false, rest: true, -1, CaptureConstraint.Any);
        }

        if (text.EndsWith('*'))
        {
            return new SegmentPattern(text[..^1], wildcard: true, rest: false, -1, CaptureConstraint.Any);
        }

        int open = text.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return new SegmentPattern(text, wildcard: false, rest: false, -1, CaptureConstraint.Any);
        }

        (string name, CaptureConstraint constraint) = ParseCapture(text[open..]);
        captureNames.Add(name);
        if (captureNames.Count > CaptureSet.Capacity)
        {
            throw new FormatException($"Too many captures in '{text}'.");
        }

        return new SegmentPattern(text[..open], wildcard: false, rest: false, captureNames.Count - 1, constraint);
    }

    /// <summary>Parses <c>{name}</c> or <c>{name:constraint}</c>.</summary>
    public static (string Name, CaptureConstraint Constraint) ParseCapture(string text)
    {
        if (text.Length < 3 || text[0] != '{' || text[^1] != '}')
        {
            throw new FormatException($"Bad capture '{text}'.");
        }

        string inner = text[1..^1];
        int colon = inner.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (inner, CaptureConstraint.Any);
        }

        return (inner[..colon], Enum.Parse<CaptureConstraint>(inner[(colon + 1)..], ignoreCase: true));
    }

    /// <summary>Matches <paramref name="segment"/>, storing any capture in <paramref name="captures"/>.</summary>
    public bool Matches(ReadOnlySpan<char> segment, ref CaptureSet captures)
    {
        if (!segment.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> remainder = segment[Prefix.Length..];
        if (IsWildcard)
        {
            return !remainder.IsEmpty;
        }

        if (CaptureIndex < 0)
        {
            return remainder.IsEmpty;
        }

        if (!CaptureMatcher.TryMatch(Constraint, remainder, out ReadOnlySpan<char> value))
        {
            return false;
        }

        captures[CaptureIndex] = value;
        return true;
    }
}
