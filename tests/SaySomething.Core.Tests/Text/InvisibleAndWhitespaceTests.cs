using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text;

public class InvisibleAndWhitespaceTests
{
    [Theory]
    [InlineData("in\u00ADcred\u00ADi\u00ADble", "incredible")]
    [InlineData("\u00ADwow", "wow")]
    [InlineData("wow\u00AD", "wow")]
    [InlineData("w\u00ADo\u00ADw", "wow")]
    [InlineData("Ge\u00ADschwin\u00ADdig\u00ADkeit", "geschwindigkeit")]
    [InlineData("при\u00ADвіт", "привіт")]
    [InlineData("f\u00AD\u1D1C\u00ADck", "fuck")]
    [InlineData("p\u00AD\u0430\u00ADypal", "paypal")]
    [InlineData("\u00AD\u00AD\u00AD", "")]
    [InlineData("co\u00ADop\u00ADer\u00ADa\u00ADtion", "cooperation")]
    public void Normalize_SoftHyphens_AreRemoved(string input, string expected)
    {
        var result = TextNormalizer.Normalize(input);
        Assert.Equal(expected, result.Value);
        Assert.Equal(input.Count(c => c == '\u00AD'), result.Counts.InvisibleRemoved);
    }

    [Theory]
    [InlineData("nice\u00A0\u00A0\u00A0\u00A0\u00A0video")]
    [InlineData("nice\u3000\u3000\u3000video")]
    [InlineData("nice\n\n\n\n\n\n\n\nvideo")]
    [InlineData("nice \u2003\u2003\u2002 video")]
    [InlineData("  nice   video  ")]
    [InlineData("nice\t\t\t\tvideo")]
    [InlineData("nice\u2028\u2029video")]
    [InlineData("nice \u3164\u3164\u3164 video")]
    [InlineData("nice \u2800\u2800\u2800 video")]
    [InlineData("nice\u200B \u200B \u200B video")]
    public void Analyze_WhitespacePadding_NeverAddsWords(string text) =>
        Assert.Equal(2, PaddingDetector.Analyze(text).OwnWordCount);

    [Theory]
    [InlineData("abc\u202Edcb", 1)]
    [InlineData("\u202Aleft\u202C", 2)]
    [InlineData("\u202Bright\u202C", 2)]
    [InlineData("\u202Doverride\u202C", 2)]
    [InlineData("\u2066isolate\u2069", 2)]
    [InlineData("\u2067rtl\u2069", 2)]
    [InlineData("\u2068first\u2069", 2)]
    [InlineData("mark\u200E", 1)]
    [InlineData("mark\u200F", 1)]
    [InlineData("arabic\u061C", 1)]
    [InlineData("access = \u202E \u2066// check\u2069 \u2066admin", 4)]
    public void Normalize_BidiControls_AreRemovedAndCountedSeparately(string input, int bidi)
    {
        var result = TextNormalizer.Normalize(input);
        Assert.Equal(bidi, result.Counts.BidiControlsRemoved);
        Assert.DoesNotContain(result.Value, c => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
    }
}
