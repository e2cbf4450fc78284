using SaySomething.Core.Links;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>
/// Checks the loaders and deviations.tsv against what the shared READMEs state, independently of the extractor,
/// so that a wrong count or a misparsed case shows up as a harness bug rather than an extractor failure.
/// </summary>
public sealed class ConformanceDataTests
{
    [RequiresSharedFact]
    public void TwitterText_url_sections_have_the_counts_the_readme_states()
    {
        var cases = ConformanceCatalog.Cases(TwitterTextLoader.Suite);
        List<ConformanceCase> Section(string name) => [.. cases.Where(c => c.Id.StartsWith($"twitter-text/{name}/", StringComparison.Ordinal))];

        Assert.Equal(91, Section("urls").Count);
        Assert.Equal(24, Section("urls").Count(c => c.Expected.Count == 0));
        Assert.Equal(10, Section("urls_with_indices").Count);
        Assert.Equal(31, Section("urls_with_indices").Sum(c => c.Expected.Count));
        Assert.Equal(2, Section("urls_with_directional_markers").Count);
        Assert.Equal(4, Section("urls_with_directional_markers").Sum(c => c.Expected.Count));
        Assert.Equal(5, Section("tco_urls_with_params").Count);
        Assert.Equal(108, cases.Count);
        Assert.All(cases, c => Assert.Equal(MatchMode.UrlSequence, c.Mode));
    }

    [RequiresSharedFact]
    public void TwitterText_indices_slice_the_text_to_the_expected_url_in_utf16()
    {
        var spans = ConformanceCatalog.Cases(TwitterTextLoader.Suite)
            .SelectMany(c => c.Expected.Where(e => e.Start is not null).Select(e => (c.Input, Link: e)))
            .ToList();

        Assert.Equal(35, spans.Count);
        Assert.All(spans, s => Assert.Equal(s.Link.Text, s.Input[s.Link.Start!.Value..s.Link.End!.Value]));
    }

    [RequiresSharedFact]
    public void TwitterText_yaml_escapes_become_real_characters()
    {
        var rtl = ConformanceCatalog.Find("twitter-text/urls_with_directional_markers/1");
        Assert.StartsWith("\u2066\u202Atest abcdef.com", rtl.Input, StringComparison.Ordinal);
    }

    [RequiresSharedFact]
    public void LinkifyIt_has_the_counts_the_readme_states()
    {
        var cases = ConformanceCatalog.Cases(LinkifyItLoader.Suite);
        var positive = cases.Where(c => c.Mode == MatchMode.FirstLink).ToList();
        var negative = cases.Where(c => c.Mode == MatchMode.NoLink).ToList();

        Assert.Equal(117, positive.Count);
        Assert.Equal(56, positive.Count(c => c.Expected[0].Text != c.Input));
        Assert.Equal(61, positive.Count(c => c.Expected[0].Text == c.Input));
        Assert.Equal(17, positive.Count(c => c.Expected[0].Kind == FoundLinkKind.Email));
        Assert.Equal(5, positive.Count(c => c.Expected[0].Kind == FoundLinkKind.Email
            && c.Expected[0].Text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(38, negative.Count);
        Assert.Equal(cases.Count, positive.Count + negative.Count);
    }

    [RequiresSharedFact]
    public void LinkifyIt_expected_links_occur_in_their_input_and_comments_are_handled()
    {
        var cases = ConformanceCatalog.Cases(LinkifyItLoader.Suite);
        Assert.All(cases.Where(c => c.Mode == MatchMode.FirstLink),
            c => Assert.Contains(c.Expected[0].Text, c.Input, StringComparison.Ordinal));
        Assert.DoesNotContain(cases, c => c.Input.StartsWith('%'));

        // A '%' later in the line is input, and its expected link is the following line.
        var invalidTld = Assert.Single(cases, c => c.Input.StartsWith("http://example.invalid %", StringComparison.Ordinal));
        Assert.Equal("http://example.invalid", invalidTld.Expected[0].Text);
        Assert.Equal(FoundLinkKind.Url, invalidTld.Expected[0].Kind);
    }

    [RequiresSharedFact]
    public void Gfm_has_the_35_examples_the_readme_states()
    {
        var cases = ConformanceCatalog.Cases(GfmAutolinkLoader.Suite);

        Assert.Equal(35, cases.Count);
        Assert.Equal(30, cases.Count(c => c.Id.StartsWith("gfm-autolinks/spec/", StringComparison.Ordinal)));
        Assert.Equal(5, cases.Count(c => c.Id.StartsWith("gfm-autolinks/extensions/", StringComparison.Ordinal)));
        Assert.Equal("gfm-autolinks/extensions/20", Assert.Single(cases, c => c.Mode == MatchMode.NoCrash).Id);
    }

    [RequiresSharedFact]
    public void Gfm_links_parsed_from_the_html_agree_with_the_files_own_expected_links()
    {
        foreach (var example in GfmAutolinkLoader.LoadExamples().Where(e => e.FileExpectedTexts is not null))
        {
            Assert.Equal(example.FileExpectedTexts!, example.Case.Expected.Select(e => e.Text));
        }

        var email = ConformanceCatalog.Find("gfm-autolinks/spec/605");
        Assert.Equal(new ExpectedLink("MAILTO:FOO@BAR.BAZ", FoundLinkKind.Email), Assert.Single(email.Expected));
        var entities = ConformanceCatalog.Find("gfm-autolinks/spec/603");
        Assert.Equal("http://foo.bar.baz/test?q=hello&id=22&boolean", Assert.Single(entities.Expected).Text);
    }

    [Fact]
    public void Html_entities_are_decoded_once()
    {
        Assert.Equal("a&b<c>\"d&lt;", GfmAutolinkLoader.DecodeEntities("a&amp;b&lt;c&gt;&quot;d&amp;lt;"));
    }

    [RequiresSharedFact]
    public void Case_ids_are_unique_across_suites()
    {
        var ids = ConformanceCatalog.All.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [RequiresSharedFact]
    public void Deviations_file_is_well_formed_and_names_existing_cases()
    {
        var unknown = Deviations.All.Values.Where(d => !ConformanceCatalog.Contains(d.CaseId))
            .Select(d => $"line {d.Line}: {d.CaseId}").ToList();
        Assert.True(unknown.Count == 0, $"{Deviations.RepoRelativePath} names cases that do not exist: {string.Join("; ", unknown)}");
    }

    [Fact]
    public void Deviations_parser_rejects_malformed_and_duplicate_lines()
    {
        var ok = Deviations.Parse(["# comment", "", "a/1\twe do x\tbecause y"]);
        Assert.Equal(new Deviation("a/1", "we do x", "because y", 3), Assert.Single(ok.Values));
        _ = Assert.Throws<InvalidDataException>(() => Deviations.Parse(["a/1\tonly two"]));
        _ = Assert.Throws<InvalidDataException>(() => Deviations.Parse(["a/1\tx\t "]));
        _ = Assert.Throws<InvalidDataException>(() => Deviations.Parse(["a/1\tx\ty", "a/1\tx\ty"]));
    }
}
