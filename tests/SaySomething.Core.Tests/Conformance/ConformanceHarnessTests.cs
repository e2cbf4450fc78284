using SaySomething.Core.Links;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>Checks the comparer and the verdicts with hand-made extractor results, without the shared data.</summary>
public sealed class ConformanceHarnessTests
{
    private static FoundLink Url(int start, int end) => new(start, end, start, end, FoundLinkKind.Url, true);

    private static FoundLink Email(int start, int end) => new(start, end, start, end, FoundLinkKind.Email, false);

    private static ConformanceCase Case(string input, MatchMode mode, params ExpectedLink[] expected) =>
        new("test", "test/1", input, expected, mode, "a test case", "here");

    [Fact]
    public void Url_sequence_ignores_emails_and_checks_offsets_when_given()
    {
        var @case = Case("a http://x.io b@c.io", MatchMode.UrlSequence, new ExpectedLink("http://x.io", FoundLinkKind.Url, 2, 13));

        var ok = LinkComparer.Compare(@case, @case.Input, [Url(2, 13), Email(14, 20)]);
        var shifted = LinkComparer.Compare(@case, @case.Input, [Url(3, 13)]);

        Assert.True(ok.Matches, ok.Diff);
        Assert.Equal("""expected ["http://x.io"@2..13] got ["http://x.io"@2..13] (+1 e-mail ignored: this suite compares web addresses only)""", ok.Diff);
        Assert.False(shifted.Matches);
        Assert.Equal("""expected ["http://x.io"@2..13] got ["ttp://x.io"@3..13]""", shifted.Diff);
    }

    [Fact]
    public void First_link_must_match_in_kind_and_also_when_wrapped_in_newlines()
    {
        var @case = Case("x@y.io", MatchMode.FirstLink, new ExpectedLink("x@y.io", FoundLinkKind.Email));

        var wrongKind = LinkComparer.Compare(@case, @case.Input, [Url(2, 6)]);
        var onlyUnwrapped = ConformanceRunner.Run(@case, t => t.StartsWith('\n') ? [] : [Email(0, 6)], null);

        Assert.Equal("""expected first [email "x@y.io"] got [url "y.io"]""", wrongKind.Diff);
        Assert.Equal(Verdict.Fail, onlyUnwrapped.Verdict);
        Assert.StartsWith("with the input wrapped in \\n:", onlyUnwrapped.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiset_counts_duplicates_and_names_what_is_missing_and_unexpected()
    {
        var @case = Case("a.io a.io b.io", MatchMode.LinkMultiset,
            new ExpectedLink("a.io", FoundLinkKind.Url), new ExpectedLink("a.io", FoundLinkKind.Url));

        var result = LinkComparer.Compare(@case, @case.Input, [Url(0, 4), Url(10, 14)]);

        Assert.False(result.Matches);
        Assert.Equal("""expected [url "a.io", url "a.io"] got [url "a.io", url "b.io"] (missing [url "a.io"], unexpected [url "b.io"])""", result.Diff);
    }

    [Fact]
    public void Verdicts_follow_the_deviation_list()
    {
        var @case = Case("none", MatchMode.NoLink);
        var deviation = new Deviation("test/1", "we find one", "because", 7);

        Assert.Equal(Verdict.Pass, ConformanceRunner.Run(@case, _ => [], null).Verdict);
        Assert.Equal(Verdict.Fail, ConformanceRunner.Run(@case, _ => [Url(0, 4)], null).Verdict);
        Assert.Equal(Verdict.Deviation, ConformanceRunner.Run(@case, _ => [Url(0, 4)], deviation).Verdict);
        var stale = ConformanceRunner.Run(@case, _ => [], deviation);
        Assert.Equal(Verdict.StaleDeviation, stale.Verdict);
        Assert.Contains("Remove line 7 of", stale.Message, StringComparison.Ordinal);
        var threw = ConformanceRunner.Run(@case, _ => throw new NotImplementedException("later"), deviation);
        Assert.Equal(Verdict.Threw, threw.Verdict);
        Assert.True(threw.IsFailure);
        Assert.Equal("extractor threw NotImplementedException: later", threw.Diff);
    }

    [Fact]
    public void Spans_outside_the_text_are_reported_not_thrown()
    {
        var result = LinkComparer.Compare(Case("ab", MatchMode.NoLink), "ab", [Url(1, 9)]);
        Assert.Equal("expected [] got [url <span 1..9 outside the text>]", result.Diff);
    }

    [Fact]
    public void Quote_keeps_diffs_on_one_line_and_shows_invisible_characters()
    {
        Assert.Equal("\"a\\nb\\t\\u202A\\u00A0\\\"ü🍄\"", LinkComparer.Quote("a\nb\t\u202A\u00A0\"ü🍄"));
        Assert.Equal($"\"{new string('x', 160)}\"…(+5 chars)", LinkComparer.Quote(new string('x', 165)));
    }
}
