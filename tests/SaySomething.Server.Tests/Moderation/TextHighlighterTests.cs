using SaySomething.Server.Moderation.Queue;

namespace SaySomething.Server.Tests.Moderation;

/// <summary>Cutting a post's text by the judgement's spans: the shorter span wins, bad spans are ignored, nothing is lost.</summary>
public sealed class TextHighlighterTests
{
    [Fact]
    public void The_shorter_span_wins_where_spans_overlap_and_every_character_is_kept()
    {
        const string text = "> quoted words\nmy own view https://youtu.be/x";
        var segments = TextHighlighter.Segments(text, [(0, 15, "quote"), (15, 46, "own"), (27, 46, "link"), (2, 8, "copied")], 1_000);
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(
            [("> ", "quote"), ("quoted", "copied"), (" words\n", "quote"), ("my own view ", "own"), ("https://youtu.be/x", "link")],
            segments.Select(s => (s.Text, s.Role)));
    }

    [Fact]
    public void Unknown_roles_and_spans_out_of_range_are_ignored()
    {
        var segments = TextHighlighter.Segments("abc", [(-5, 2, "own"), (1, 99, "bogus"), (2, 1, "quote"), (2, 50, "filler")], 1_000);
        Assert.Equal([("ab", "own"), ("c", "filler")], segments.Select(s => (s.Text, s.Role)));
        Assert.Empty(TextHighlighter.Segments("", [(0, 1, "own")], 1_000));
    }

    [Fact]
    public void Text_over_the_limit_is_cut_and_a_surrogate_pair_is_never_split()
    {
        var segments = TextHighlighter.Segments("ab😀cd", [(0, 3, "own")], 5);
        Assert.Equal("ab😀c", string.Concat(segments.Select(s => s.Text)));
        Assert.Equal([("ab😀", "own"), ("c", null)], segments.Select(s => (s.Text, s.Role)));
    }
}
