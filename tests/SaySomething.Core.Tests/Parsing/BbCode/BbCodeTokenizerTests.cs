using SaySomething.Core.Parsing.BbCode;

namespace SaySomething.Core.Tests.Parsing.BbCode;

public sealed class BbCodeTokenizerTests
{
    private static string Describe(string source, BbCodeToken token) => token.Kind switch
    {
        BbCodeTokenKind.Text => $"text:{source[token.Start..token.End]}",
        BbCodeTokenKind.Open => $"open:{token.Tag!.Name}" + (token.HasOption ? $"={source[token.OptionStart..token.OptionEnd]}" : ""),
        BbCodeTokenKind.Close => $"close:{token.Tag!.Name}",
        _ => $"element:{token.Tag!.Name}" + (token.HasOption ? $"={source[token.OptionStart..token.OptionEnd]}" : "") + $"({source[token.ContentStart..token.ContentEnd]})",
    };

    private static string[] Tokens(string source) => [.. BbCodeTokenizer.ReadAll(source).Select(t => Describe(source, t))];

    [Fact]
    public void ReadAll_TextAndTags_SplitsWithSpansCoveringTheSource()
    {
        const string source = "a [b]bold[/B] c";

        var tokens = BbCodeTokenizer.ReadAll(source);

        Assert.Equal(["text:a ", "open:B", "text:bold", "close:B", "text: c"], tokens.Select(t => Describe(source, t)));
        Assert.Equal(0, tokens[0].Start);
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(source.Length, tokens[^1].End);
    }

    [Theory]
    [InlineData("[URL=https://a.com/x]t[/URL]", "https://a.com/x")]
    [InlineData("[URL=\"https://a.com/x\"]t[/URL]", "https://a.com/x")]
    [InlineData("[URL='https://a.com/x']t[/URL]", "https://a.com/x")]
    [InlineData("[QUOTE=A person]t[/QUOTE]", "A person")]
    [InlineData("[QUOTE=\"a [b] c, post: 1\"]t[/QUOTE]", "a [b] c, post: 1")]
    public void ReadAll_Option_ValueWithoutQuotes(string source, string option)
    {
        var open = BbCodeTokenizer.ReadAll(source)[0];

        Assert.Equal(BbCodeTokenKind.Open, open.Kind);
        Assert.Equal(option, source[open.OptionStart..open.OptionEnd]);
    }

    [Fact]
    public void ReadAll_Attributes_AreSkippedAndReadable()
    {
        const string source = "[ATTACH type=\"full\" alt='a b' width=200px]55[/ATTACH]";

        var element = Assert.Single(BbCodeTokenizer.ReadAll(source));

        Assert.Equal(BbCodeTokenKind.Element, element.Kind);
        Assert.True(BbCodeAttributes.TryGet(source, element, "ALT", out var start, out var end));
        Assert.Equal("a b", source[start..end]);
        Assert.True(BbCodeAttributes.Is(source, element, "width", "200px"));
        Assert.False(BbCodeAttributes.TryGet(source, element, "height", out _, out _));
    }

    [Fact]
    public void ReadAll_LiteralTag_ContentIsOneElementEvenWithTagsInside()
    {
        Assert.Equal(["element:CODE=js([b]x[/b] [code])", "text: after"], Tokens("[code=js][b]x[/b] [code][/CODE] after"));
    }

    [Theory]
    [InlineData("[FOO]x[/FOO]")]
    [InlineData("[ b]x")]
    [InlineData("[b =x]")]
    [InlineData("[B=x]")]
    [InlineData("[COLOR]x")]
    [InlineData("[url=a\nb]x")]
    [InlineData("[url=a[c]x")]
    [InlineData("[quote=\"unterminated]x")]
    [InlineData("[quote=\"a\nb\"]x")]
    [InlineData("[URL unfurl]x")]
    [InlineData("[URL]a b[/URL]")]
    [InlineData("[URL][/URL]")]
    [InlineData("[MEDIA=youtube]x")]
    [InlineData("[USER=1]a\nb[/USER]")]
    [InlineData("[bold]x")]
    [InlineData("[")]
    [InlineData("[/")]
    public void ReadAll_NotATag_IsText(string source)
    {
        var tokens = BbCodeTokenizer.ReadAll(source);

        Assert.DoesNotContain(tokens, t => t.Kind is BbCodeTokenKind.Open or BbCodeTokenKind.Element);
    }

    [Fact]
    public void ReadAll_InvalidLiteralThenValidOne_ReadsTheValidOne()
    {
        Assert.Equal(["text:[URL]a b ", "element:URL(https://x.com)"], Tokens("[URL]a b [URL]https://x.com[/URL]"));
    }

    [Fact]
    public void ReadAll_ListItemMarker_IsATag()
    {
        Assert.Equal(["open:LIST", "open:*", "text:a", "close:LIST"], Tokens("[list][*]a[/list]"));
    }
}
