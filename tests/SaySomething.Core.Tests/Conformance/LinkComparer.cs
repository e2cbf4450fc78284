using System.Globalization;
using System.Text;
using SaySomething.Core.Links;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>The comparison of one run with a case's expectation.</summary>
/// <param name="Matches">Whether the run meets the peer's expectation.</param>
/// <param name="Diff">One line, <c>expected [...] got [...]</c>, written whether or not it matches.</param>
internal readonly record struct Comparison(bool Matches, string Diff);

/// <summary>Compares found links with a case's expected links and describes the difference on one line.</summary>
internal static class LinkComparer
{
    private const int MaxShownChars = 160;

    public static Comparison Compare(ConformanceCase @case, string input, IReadOnlyList<FoundLink> found)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return @case.Mode switch
        {
            MatchMode.UrlSequence => CompareUrlSequence(@case.Expected, input, found),
            MatchMode.FirstLink => CompareFirst(@case.Expected[0], input, found),
            MatchMode.NoLink => new(found.Count == 0, $"expected [] got {List(found.Select(f => WithKind(f, input)))}"),
            MatchMode.LinkMultiset => CompareMultiset(@case.Expected, input, found),
            MatchMode.NoCrash => new(true, $"expected [no crash] got {List(found.Select(f => WithKind(f, input)))}"),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case.Mode, "unknown match mode"),
        };
    }

    /// <summary>Quotes <paramref name="text"/> on one line: controls, format characters (bidi marks) and unusual spaces as <c>\uXXXX</c>; long text cut.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2).Append('"');
        var shown = Math.Min(text.Length, MaxShownChars);
        if (shown < text.Length && char.IsHighSurrogate(text[shown - 1]))
        {
            shown--; // do not cut a surrogate pair in half
        }

        for (var i = 0; i < shown; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (NeedsEscape(text, i))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
        if (shown < text.Length)
        {
            sb.Append("…(+").Append((text.Length - shown).ToString(CultureInfo.InvariantCulture)).Append(" chars)");
        }

        return sb.ToString();
    }

    private static Comparison CompareUrlSequence(IReadOnlyList<ExpectedLink> expected, string input, IReadOnlyList<FoundLink> found)
    {
        var urls = found.Where(f => f.Kind == FoundLinkKind.Url).ToList();
        var withOffsets = expected.Any(e => e.Start is not null);
        var matches = urls.Count == expected.Count
            && expected.Zip(urls).All(p => TextOf(p.Second, input) == p.First.Text
                && (!withOffsets || (p.First.Start == p.Second.Start && p.First.End == p.Second.End)));

        var shownExpected = expected.Select(e => withOffsets ? $"{Quote(e.Text)}@{e.Start}..{e.End}" : Quote(e.Text));
        var shownFound = urls.Select(f => withOffsets ? $"{Quote(TextOf(f, input) ?? BadSpan(f))}@{f.Start}..{f.End}" : Quote(TextOf(f, input) ?? BadSpan(f)));
        var ignored = found.Count - urls.Count;
        var note = ignored == 0 ? "" : $" (+{ignored} e-mail ignored: this suite compares web addresses only)";
        return new(matches, $"expected [{string.Join(", ", shownExpected)}] got [{string.Join(", ", shownFound)}]{note}");
    }

    private static Comparison CompareFirst(ExpectedLink expected, string input, IReadOnlyList<FoundLink> found)
    {
        var matches = found.Count > 0 && found[0].Kind == expected.Kind && TextOf(found[0], input) == expected.Text;
        return new(matches, $"expected first [{Kind(expected.Kind)} {Quote(expected.Text)}] got {List(found.Select(f => WithKind(f, input)))}");
    }

    private static Comparison CompareMultiset(IReadOnlyList<ExpectedLink> expected, string input, IReadOnlyList<FoundLink> found)
    {
        var want = expected.Select(e => $"{Kind(e.Kind)} {Quote(e.Text)}").ToList();
        var got = found.Select(f => WithKind(f, input)).ToList();
        var missing = Subtract(want, got);
        var extra = Subtract(got, want);
        var matches = missing.Count == 0 && extra.Count == 0;
        var parts = new List<string>(2);
        if (missing.Count > 0 && got.Count > 0)
        {
            parts.Add($"missing {List(missing)}");
        }

        if (extra.Count > 0 && want.Count > 0)
        {
            parts.Add($"unexpected {List(extra)}");
        }

        var detail = parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
        return new(matches, $"expected {List(want)} got {List(got)}{detail}");
    }

    /// <summary>Returns the items of <paramref name="from"/> left after removing one occurrence per item of <paramref name="remove"/>.</summary>
    private static List<string> Subtract(List<string> from, List<string> remove)
    {
        var left = new List<string>(from);
        foreach (var item in remove)
        {
            _ = left.Remove(item);
        }

        return left;
    }

    private static string? TextOf(FoundLink link, string input) =>
        link.Start >= 0 && link.Start <= link.End && link.End <= input.Length ? input[link.Start..link.End] : null;

    private static string BadSpan(FoundLink link) => $"<span {link.Start}..{link.End} outside the text>";

    private static string WithKind(FoundLink link, string input) => $"{Kind(link.Kind)} {(TextOf(link, input) is { } t ? Quote(t) : BadSpan(link))}";

    private static string Kind(FoundLinkKind kind) => kind == FoundLinkKind.Email ? "email" : "url";

    private static string List(IEnumerable<string> items) => $"[{string.Join(", ", items)}]";

    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator && c != ' ');
    }
}
