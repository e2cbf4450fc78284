namespace SaySomething.Server.Moderation.Queue;

/// <summary>A run of a post's text with the role the judgement gave it (null: no role, plain text).</summary>
/// <param name="Text">The characters.</param>
/// <param name="Role">The span role (<c>own</c>, <c>copied</c>, <c>quote</c>, …), or null.</param>
public sealed record TextSegment(string Text, string? Role);

/// <summary>
/// Cuts a post's text into runs by the judgement's spans (UTF-16 offsets). Where spans overlap, the shorter (more
/// specific) one wins, so an own sentence inside a larger region is still shown as own. Unknown roles and spans out of
/// range are ignored: a stored judgement can never break the page.
/// </summary>
internal static class TextHighlighter
{
    /// <summary>The roles the page styles (and explains in its legend); also the CSS class names.</summary>
    public static readonly IReadOnlyList<string> Roles = ["own", "filler", "copied", "caption", "quote", "link", "boilerplate", "hidden", "code"];

    public static List<TextSegment> Segments(string text, IEnumerable<(int Start, int End, string Role)> spans, int maxCharacters)
    {
        int length = Math.Min(text.Length, Math.Max(0, maxCharacters));
        var roles = new sbyte[length];
        Array.Fill(roles, (sbyte)-1);
        var usable = spans
            .Select(s => (Start: Math.Max(0, s.Start), End: Math.Min(length, s.End), Index: IndexOf(s.Role)))
            .Where(s => s.Index >= 0 && s.Start < s.End)
            .OrderByDescending(s => s.End - s.Start);
        foreach (var (start, end, index) in usable)
        {
            roles.AsSpan(start, end - start).Fill((sbyte)index);
        }

        var segments = new List<TextSegment>();
        int runStart = 0;
        for (int i = 1; i <= length; i++)
        {
            if (i == length || roles[i] != roles[runStart])
            {
                // Never cut between the halves of a surrogate pair.
                if (i < length && char.IsLowSurrogate(text[i]))
                {
                    continue;
                }

                segments.Add(new TextSegment(text[runStart..i], roles[runStart] < 0 ? null : Roles[roles[runStart]]));
                runStart = i;
            }
        }

        return segments;
    }

    private static int IndexOf(string role)
    {
        for (int i = 0; i < Roles.Count; i++)
        {
            if (string.Equals(Roles[i], role, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
