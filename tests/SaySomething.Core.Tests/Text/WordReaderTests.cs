using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text;

public class WordReaderTests
{
    [Theory]
    [InlineData("don't stop", "Word:don't Word:stop")]
    [InlineData("l'été", "Word:l'été")]
    [InlineData("well-known", "Word:well Punctuation:- Word:known")]
    [InlineData("mp3 3rd", "Word:mp3 Word:3rd")]
    [InlineData("1,000.50 12:30", "Number:1,000.50 Number:12:30")]
    [InlineData("end. next", "Word:end Punctuation:. Word:next")]
    [InlineData("日本語", "Word:日 Word:本 Word:語")]
    [InlineData("Look: 去年", "Word:look Punctuation:: Word:去 Word:年")]
    [InlineData("한국어 문장", "Word:한국어 Word:문장")]
    [InlineData("see https://x.com/a?b now", "Word:see Url:https://x.com/a?b Word:now")]
    [InlineData("www.example.org", "Url:www.example.org")]
    [InlineData("wow!!!", "Word:wow Punctuation:!!!")]
    [InlineData("नमस्ते", "Word:नमस्ते")]
    [InlineData("hi 👍🏽", "Word:hi Emoji:👍🏽")]
    [InlineData("👨\u200D👩\u200D👧", "Emoji:👨👩👧")]
    [InlineData("😀\u200B😀", "Emoji:😀 Emoji:😀")]
    [InlineData("🇺🇦🇵🇱", "Emoji:🇺🇦 Emoji:🇵🇱")]
    [InlineData("", "")]
    public void Read_Text_GivesTokens(string text, string expected)
    {
        var normalized = TextNormalizer.Normalize(text);
        var actual = string.Join(' ', WordReader.Read(normalized).Select(t => $"{t.Kind}:{t.TextIn(normalized).ToString()}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Read_SkipRanges_ReportSkippedTokens()
    {
        const string text = "Nice youtube.com/watch?v=1 clip";
        var normalized = TextNormalizer.Normalize(text);
        var tokens = WordReader.Read(normalized, [new Range(5, 26)]);
        Assert.Equal([TokenKind.Word, TokenKind.Skipped, TokenKind.Word], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Read_IntoExistingList_Appends()
    {
        var list = new List<Token> { new(0, 1, TokenKind.Word) };
        WordReader.Read(TextNormalizer.Normalize("a b"), default, list);
        Assert.Equal(3, list.Count);
    }
}
