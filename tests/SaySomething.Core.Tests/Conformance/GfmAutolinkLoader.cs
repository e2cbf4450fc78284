using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SaySomething.Core.Links;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>
/// Loads the GFM autolink examples from <c>examples.json</c>. Case ids are
/// <c>gfm-autolinks/spec/&lt;n&gt;</c> and <c>gfm-autolinks/extensions/&lt;n&gt;</c>, n being the upstream example
/// number. Expected links are derived from the expected HTML here (not from the file's own
/// <c>expected_links</c>, which the loader test uses only as a cross-check).
/// </summary>
internal static partial class GfmAutolinkLoader
{
    public const string Suite = "gfm-autolinks";
    public const string RelativePath = "conformance/gfm-autolinks/examples.json";

    /// <summary>The expected HTML of an example whose only assertion is "does not crash".</summary>
    private const string IgnoreHtml = "<IGNORE>";

    /// <summary>A parsed example, with the file's own derived links kept for cross-checking.</summary>
    internal sealed record Example(ConformanceCase Case, string Html, IReadOnlyList<string>? FileExpectedTexts);

    public static IReadOnlyList<ConformanceCase> Load() => [.. LoadExamples().Select(e => e.Case)];

    internal static IReadOnlyList<Example> LoadExamples()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(SharedFiles.Path(RelativePath)));
        var examples = new List<Example>();
        foreach (var item in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var source = item.GetProperty("source").GetString()!;
            var number = item.GetProperty("example").GetInt32().ToString(CultureInfo.InvariantCulture);
            var html = item.GetProperty("html").GetString()!;
            var noCrashOnly = html.Trim() == IgnoreHtml;
            var fileLinks = item.GetProperty("expected_links");
            var fileTexts = fileLinks.ValueKind == JsonValueKind.Null
                ? null
                : fileLinks.EnumerateArray().Select(l => l.GetProperty("text").GetString()!).ToList();

            var section = item.GetProperty("section").GetString();
            var extension = item.GetProperty("extension_required").GetString();
            var @case = new ConformanceCase(
                Suite,
                $"{Suite}/{Path.GetFileNameWithoutExtension(source)}/{number}",
                item.GetProperty("markdown").GetString()!,
                noCrashOnly ? [] : LinksInHtml(html),
                noCrashOnly ? MatchMode.NoCrash : MatchMode.LinkMultiset,
                $"{section}, {(extension is null ? "core CommonMark (no autolink extension)" : $"extension: {extension}")}",
                $"{source} example {number}");
            examples.Add(new Example(@case, html, fileTexts));
        }

        return examples;
    }

    /// <summary>
    /// Returns every <c>&lt;a href="..."&gt;TEXT&lt;/a&gt;</c> of <paramref name="html"/> in document order: TEXT with
    /// <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot;</c> decoded, as an e-mail when the href starts with <c>mailto:</c>
    /// (any case), else as a web address. Images (<c>&lt;img src&gt;</c>) are not links.
    /// </summary>
    internal static List<ExpectedLink> LinksInHtml(string html) =>
        [.. AnchorPattern().Matches(html).Select(m => new ExpectedLink(
            DecodeEntities(m.Groups["text"].Value),
            m.Groups["href"].Value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? FoundLinkKind.Email : FoundLinkKind.Url))];

    /// <summary>Decodes the four entities cmark escapes in text, in one pass so that <c>&amp;amp;lt;</c> stays <c>&amp;lt;</c>.</summary>
    internal static string DecodeEntities(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var rest = text.AsSpan(i);
            var (entity, decoded) =
                rest.StartsWith("&amp;", StringComparison.Ordinal) ? ("&amp;", '&')
                : rest.StartsWith("&lt;", StringComparison.Ordinal) ? ("&lt;", '<')
                : rest.StartsWith("&gt;", StringComparison.Ordinal) ? ("&gt;", '>')
                : rest.StartsWith("&quot;", StringComparison.Ordinal) ? ("&quot;", '"')
                : ("", text[i]);
            sb.Append(decoded);
            i += Math.Max(entity.Length - 1, 0);
        }

        return sb.ToString();
    }

    [GeneratedRegex("""<a href="(?<href>[^"]*)">(?<text>.*?)</a>""", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnchorPattern();
}
