using System.Globalization;
using SaySomething.Core.Links;
using SaySomething.Core.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>
/// Loads the URL sections of twitter-text's <c>extract.yml</c>. Case ids are
/// <c>twitter-text/&lt;section&gt;/&lt;n&gt;</c>, n counting the section's cases from 1.
/// </summary>
internal static class TwitterTextLoader
{
    public const string Suite = "twitter-text";
    public const string RelativePath = "conformance/twitter-text/extract.yml";

    /// <summary>
    /// The sections whose expected values are URLs. <c>tco_urls_with_params</c> is kept although its host is t.co:
    /// what it checks (a query string and fragment stay part of the URL) holds for any host. The mention, reply,
    /// hashtag and cashtag sections expect user names or tags, not URLs, and are not loaded.
    /// </summary>
    public static IReadOnlyList<string> UrlSections { get; } =
        ["urls", "urls_with_indices", "urls_with_directional_markers", "tco_urls_with_params"];

    public static IReadOnlyList<ConformanceCase> Load()
    {
        var path = SharedFiles.Path(RelativePath);
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var tests = (YamlMappingNode)root.Children[new YamlScalarNode("tests")];
        var cases = new List<ConformanceCase>();
        foreach (var section in UrlSections)
        {
            var list = (YamlSequenceNode)tests.Children[new YamlScalarNode(section)];
            var n = 0;
            foreach (var node in list.Children)
            {
                n++;
                var item = (YamlMappingNode)node;
                cases.Add(new ConformanceCase(
                    Suite,
                    $"{Suite}/{section}/{n}",
                    Scalar(item, "text"),
                    ReadExpected((YamlSequenceNode)item.Children[new YamlScalarNode("expected")]),
                    MatchMode.UrlSequence,
                    Scalar(item, "description"),
                    $"extract.yml:{item.Start.Line.ToString(CultureInfo.InvariantCulture)} (tests.{section}[{(n - 1).ToString(CultureInfo.InvariantCulture)}])"));
            }
        }

        return cases;
    }

    private static List<ExpectedLink> ReadExpected(YamlSequenceNode expected)
    {
        var links = new List<ExpectedLink>();
        foreach (var entry in expected.Children)
        {
            if (entry is YamlScalarNode url)
            {
                links.Add(new ExpectedLink(url.Value ?? "", FoundLinkKind.Url));
                continue;
            }

            // { url: "...", indices: [start, end] }, end exclusive, UTF-16 (= code points here, see the README).
            var map = (YamlMappingNode)entry;
            var indices = (YamlSequenceNode)map.Children[new YamlScalarNode("indices")];
            links.Add(new ExpectedLink(
                Scalar(map, "url"),
                FoundLinkKind.Url,
                int.Parse(((YamlScalarNode)indices.Children[0]).Value!, CultureInfo.InvariantCulture),
                int.Parse(((YamlScalarNode)indices.Children[1]).Value!, CultureInfo.InvariantCulture)));
        }

        return links;
    }

    private static string Scalar(YamlMappingNode map, string key) =>
        ((YamlScalarNode)map.Children[new YamlScalarNode(key)]).Value ?? "";
}
