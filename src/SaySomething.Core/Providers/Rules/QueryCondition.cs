using SaySomething.Core.Providers.Urls;

namespace SaySomething.Core.Providers.Rules;

/// <summary>
/// One required query parameter of a rule: <c>v={id:token}</c> captures the value of <c>v</c>;
/// a bare <c>single</c> only requires the parameter to be present. Names compare ASCII case-insensitively.
/// </summary>
internal sealed class QueryCondition
{
    private QueryCondition(string name, int captureIndex, CaptureConstraint constraint)
    {
        Name = name;
        CaptureIndex = captureIndex;
        Constraint = constraint;
    }

    public string Name { get; }

    public int CaptureIndex { get; }

    public CaptureConstraint Constraint { get; }

    /// <summary>Parses <c>a={x}&amp;b</c> into conditions.</summary>
    public static QueryCondition[] ParseAll(string? text, List<string> captureNames)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var result = new List<QueryCondition>();
        foreach (string pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0 || eq == pair.Length - 1)
            {
                result.Add(new QueryCondition(eq < 0 ? pair : pair[..eq], -1, CaptureConstraint.Any));
                continue;
            }

            (string name, CaptureConstraint constraint) = SegmentPattern.ParseCapture(pair[(eq + 1)..]);
            captureNames.Add(name);
            result.Add(new QueryCondition(pair[..eq], captureNames.Count - 1, constraint));
        }

        return [.. result];
    }

    public bool Matches(ReadOnlySpan<char> query, ref CaptureSet captures)
    {
        if (!QueryParameters.TryGet(query, Name, out ReadOnlySpan<char> value))
        {
            return false;
        }

        if (CaptureIndex < 0)
        {
            return true;
        }

        if (!CaptureMatcher.TryMatch(Constraint, value, out ReadOnlySpan<char> captured))
        {
            return false;
        }

        captures[CaptureIndex] = captured;
        return true;
    }
}
