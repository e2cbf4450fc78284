using System.Globalization;
using SaySomething.Core.Links;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>
/// Loads linkify-it's <c>links.txt</c> (positive) and <c>not_links.txt</c> (negative) fixtures. Case ids are
/// <c>linkify-it/&lt;file&gt;:&lt;line&gt;</c>, the 1-based line of the input in that file.
/// </summary>
internal static class LinkifyItLoader
{
    public const string Suite = "linkify-it";
    public const string LinksPath = "conformance/linkify-it/links.txt";
    public const string NotLinksPath = "conformance/linkify-it/not_links.txt";

    public static IReadOnlyList<ConformanceCase> Load()
    {
        var cases = new List<ConformanceCase>();
        cases.AddRange(LoadLinks());
        cases.AddRange(LoadNotLinks());
        return cases;
    }

    /// <summary>
    /// An input line is followed either by an empty line (the whole input is the expected link) or by the
    /// expected link, which is consumed. Only a leading <c>%</c> makes a comment, which counts as an empty line.
    /// </summary>
    private static IEnumerable<ConformanceCase> LoadLinks()
    {
        var lines = ReadLines(LinksPath);
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsBlank(lines[i]))
            {
                continue;
            }

            var input = lines[i];
            var lineNumber = i + 1;
            var expected = input;
            if (i + 1 < lines.Length && !IsBlank(lines[i + 1]))
            {
                expected = lines[i + 1];
                i++;
            }

            yield return new ConformanceCase(
                Suite,
                $"{Suite}/links.txt:{lineNumber.ToString(CultureInfo.InvariantCulture)}",
                input,
                [new ExpectedLink(expected, KindOf(expected))],
                MatchMode.FirstLink,
                ReferenceEquals(expected, input) ? "the whole line is a link" : "the line contains this link first",
                $"links.txt:{lineNumber.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static IEnumerable<ConformanceCase> LoadNotLinks()
    {
        var lines = ReadLines(NotLinksPath);
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsBlank(lines[i]))
            {
                continue;
            }

            var lineNumber = (i + 1).ToString(CultureInfo.InvariantCulture);
            yield return new ConformanceCase(
                Suite,
                $"{Suite}/not_links.txt:{lineNumber}",
                lines[i],
                [],
                MatchMode.NoLink,
                "nothing in the line is a link",
                $"not_links.txt:{lineNumber}");
        }
    }

    /// <summary>
    /// linkify-it counts e-mail addresses as links. Following its README, an expected value with <c>@</c> but no
    /// <c>://</c> is an e-mail address (with or without <c>mailto:</c>); everything else is a web address.
    /// </summary>
    internal static FoundLinkKind KindOf(string expected) =>
        expected.Contains('@', StringComparison.Ordinal) && !expected.Contains("://", StringComparison.Ordinal)
            ? FoundLinkKind.Email
            : FoundLinkKind.Url;

    /// <summary>Reads the file split on <c>\n</c> (tolerating <c>\r\n</c>), with comment lines emptied.</summary>
    private static string[] ReadLines(string relativePath)
    {
        var lines = File.ReadAllText(SharedFiles.Path(relativePath)).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
            lines[i] = line.StartsWith('%') ? "" : line;
        }

        return lines;
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);
}
