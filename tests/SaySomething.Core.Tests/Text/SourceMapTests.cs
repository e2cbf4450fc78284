using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text;

public class SourceMapTests
{
    [Theory]
    [InlineData("For the love of f\u1D1Cck", "fuck", "f\u1D1Cck")]
    [InlineData("say w\u200Bo\u200Bw now", "wow", "w\u200Bo\u200Bw")]
    [InlineData("p\u0430yp\u0430l login", "paypal", "p\u0430yp\u0430l")]
    [InlineData("so \uFF57\uFF4F\uFF57 much", "wow", "\uFF57\uFF4F\uFF57")]
    [InlineData("so \U0001D430\U0001D428\U0001D430 much", "wow", "\U0001D430\U0001D428\U0001D430")]
    [InlineData("caf\u0065\u0301 noir", "caf\u00E9", "caf\u0065\u0301")]
    [InlineData("Z\u0351\u0352\u0353a\u0355\u0356\u0357l\u0358\u0359\u035Ag\u035B\u035C\u035Do!", "zalgo", "Z\u0351\u0352\u0353a\u0355\u0356\u0357l\u0358\u0359\u035Ag\u035B\u035C\u035Do")]
    [InlineData("Привіт світ", "світ", "світ")]
    [InlineData("hel\u00ADlo there", "hello", "hel\u00ADlo")]
    [InlineData("\u24B2\u24AA\u24B2!", "wow", "\u24B2\u24AA\u24B2")]
    [InlineData("Hello World", "world", "World")]
    [InlineData("\u1D00\u0299\u1D04 xyz", "abc", "\u1D00\u0299\u1D04")]
    public void ToSourceRange_NormalisedWord_HighlightsOriginalCharacters(string source, string word, string original)
    {
        var normalized = TextNormalizer.Normalize(source);
        var token = WordReader.Read(normalized).Single(t => t.TextIn(normalized).SequenceEqual(word));
        Assert.Equal(original, source[token.SourceRangeIn(normalized, source)]);
    }

    [Theory]
    [InlineData("Hello")]
    [InlineData("w\u200Bo\u200Bw")]
    [InlineData("\uFB01ne \u33CF")] // ligature and a squared unit expand
    [InlineData("\uFDFA")] // one character, eighteen after NFKC
    [InlineData("p\u0430yp\u0430l \u1D1C \U0001F1FC\U0001F1F4\U0001F1FC")]
    [InlineData("a\uD800b\uDC00")]
    public void SourceIndexOf_EveryCharacter_IsInsideTheSourceAndAscending(string source)
    {
        var normalized = TextNormalizer.Normalize(source);
        var previous = 0;
        for (var index = 0; index < normalized.Length; index++)
        {
            var at = normalized.SourceIndexOf(index);
            Assert.InRange(at, previous, source.Length - 1);
            previous = at;
        }
    }

    [Fact]
    public void ToSourceRange_EmptyAtEnd_IsEmptyAtSourceEnd()
    {
        var normalized = TextNormalizer.Normalize("ab\u200B");
        Assert.Equal(new Range(3, 3), normalized.ToSourceRange(2, 0, "ab\u200B"));
    }

    [Fact]
    public void ToSourceRange_WrongSource_Throws() =>
        Assert.Throws<ArgumentException>(() => TextNormalizer.Normalize("abc").ToSourceRange(0, 1, "abcd"));

    [Fact]
    public void RandomTexts_NeverThrowLeaveNoInvisibleAndMapInside()
    {
        string[] pieces =
        [
            "a", "Z", " ", "\n", "é", "e\u0301", "\u0301", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u202E", "\uFE0F", "\U000E0041",
            "\u3164", "\u2800", "\u1D1C", "\u0430", "\u03BF", "\uFF57", "\U0001D430", "\U0001F1FC", "😀", "👍🏽", "\uD800",
            "\uDC00", "中", "ア", "한", "ب", "क्ष", "!", "…", "1", "１", "\u249C", "\uFDFA", "\u0489", "ǅ", "İ", "ß",
        ];
        var random = new Random(20_261_125);
        for (var sample = 0; sample < 3_000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 24)).Select(_ => pieces[random.Next(pieces.Length)]));
            var normalized = TextNormalizer.Normalize(text);
            foreach (var rune in normalized.Value.EnumerateRunes())
            {
                Assert.False(IsDefaultIgnorable(rune.Value), $"U+{rune.Value:X4} survived in '{text}'");
            }

            for (var index = 0; index < normalized.Length; index++)
            {
                Assert.InRange(normalized.SourceIndexOf(index), 0, text.Length - 1);
            }

            var tokens = WordReader.Read(normalized);
            foreach (var token in tokens)
            {
                var range = token.SourceRangeIn(normalized, text);
                Assert.InRange(range.End.Value, range.Start.Value + 1, text.Length);
            }

            _ = PaddingDetector.Analyze(normalized, tokens);
        }
    }

    private static bool IsDefaultIgnorable(int codePoint) =>
        codePoint is 0x00AD or 0x034F or 0x061C or 0x115F or 0x1160 or 0x3164 or 0xFEFF or 0xFFA0
            or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E) or (>= 0x2060 and <= 0x206F)
            or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0000 and <= 0xE0FFF);
}
