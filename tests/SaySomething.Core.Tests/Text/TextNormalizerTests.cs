using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("p\u0430yp\u0430l", "paypal")] // Cyrillic а
    [InlineData("g\u043E\u043Egle", "google")] // Cyrillic о
    [InlineData("\u0441ool", "cool")] // Cyrillic с
    [InlineData("\u0440izza", "pizza")] // Cyrillic р
    [InlineData("n\u0435ws", "news")] // Cyrillic е
    [InlineData("h\u03BFme", "home")] // Greek ο
    [InlineData("\u0391pple", "apple")] // Greek Α
    [InlineData("wh\u0430t \u0441ool", "what cool")]
    [InlineData("Y\u043EuTube", "youtube")]
    [InlineData("\u0455cam", "scam")] // Cyrillic ѕ
    [InlineData("b\u0456rd", "bird")] // Cyrillic і
    [InlineData("fa\u0441e", "face")]
    public void Normalize_HomoglyphInLatinWord_FoldsToLatin(string input, string expected)
    {
        var result = TextNormalizer.Normalize(input);
        Assert.Equal(expected, result.Value);
        Assert.True(result.Counts.MixedScriptWords > 0);
    }

    [Theory]
    [InlineData("f\u1D1Cck", "fuck")]
    [InlineData("\uA730\u1D1C\u1D04\u1D0B", "fuck")]
    [InlineData("\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A\u1D0B\u029F\u1D0D", "abcdefghijklm")]
    [InlineData("\u0274\u1D0F\u1D18\uA7AF\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21\u028F\u1D22", "nopqrstuvwyz")]
    [InlineData("For the love of f\u1D1Cck", "for the love of fuck")]
    [InlineData("\u029C\u1D07\u029F\u029F\u1D0F", "hello")]
    [InlineData("\u0274\u026A\u1D04\u1D07", "nice")]
    [InlineData("\u1D21\u1D0F\u1D21", "wow")]
    [InlineData("\u1D1B\u029C\u026A\uA731", "this")]
    [InlineData("\u0262\u1D0F\u1D0F\u1D05", "good")]
    [InlineData("\u1D6Bx", "\u1D6Bx")] // not a small capital: untouched
    public void Normalize_SmallCapitals_FoldToLetters(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Value);

    [Theory]
    [InlineData("\U0001D430\U0001D428\U0001D430", "wow")] // bold
    [InlineData("\U0001D464\U0001D45C\U0001D464", "wow")] // italic
    [InlineData("\U0001D4CC\u2134\U0001D4CC", "wow")] // script
    [InlineData("\U0001D59C\U0001D594\U0001D59C", "wow")] // fraktur bold
    [InlineData("\U0001D5D0\U0001D5C8\U0001D5D0", "wow")] // sans-serif
    [InlineData("\U0001D68C\U0001D698\U0001D698\U0001D695", "cool")] // monospace
    [InlineData("\U0001D402\U0001D40E\U0001D40E\U0001D40B", "cool")] // bold capitals
    [InlineData("\U0001D7CF\U0001D7D0\U0001D7D1", "123")] // bold digits
    [InlineData("\u2131\u212F\u2113\u2113", "fell")] // letterlike script
    [InlineData("\U0001D552\U0001D553\U0001D554", "abc")] // double-struck
    public void Normalize_MathAlphanumerics_FoldToLetters(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Value);

    [Theory]
    [InlineData("\uFF57\uFF4F\uFF57", "wow")]
    [InlineData("\uFF37\uFF2F\uFF37", "wow")]
    [InlineData("\uFF46\uFF55\uFF43\uFF4B", "fuck")]
    [InlineData("\uFF11\uFF12\uFF13", "123")]
    [InlineData("\u24E6\u24DE\u24E6", "wow")] // circled small
    [InlineData("\u24CC\u24C4\u24CC", "wow")] // circled capital
    [InlineData("\u24B2\u24AA\u24B2", "wow")] // parenthesized small
    [InlineData("\U0001F166\U0001F15E\U0001F166", "wow")] // negative circled
    [InlineData("\U0001F186\U0001F17E\U0001F186", "wow")] // negative squared
    [InlineData("\U0001F146\U0001F13E\U0001F146", "wow")] // squared
    [InlineData("\u02B7\u1D52\u02B7", "wow")] // superscript
    [InlineData("\u2098\u2092\u2092", "moo")] // subscript
    [InlineData("\U0001F1FC\U0001F1F4\U0001F1FC", "wow")] // regional indicators, odd run
    [InlineData("\U0001F1FA\U0001F1E6", "\U0001F1FA\U0001F1E6")] // a flag stays a flag
    public void Normalize_FullwidthCircledAndOtherForms_FoldToLetters(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input).Value);

    [Theory]
    [InlineData("w\u200Bo\u200Bw", "wow")]
    [InlineData("w\u200Co\u200Dw", "wow")]
    [InlineData("\uFEFFhello", "hello")]
    [InlineData("he\u2060llo", "hello")]
    [InlineData("hel\u00ADlo", "hello")]
    [InlineData("a\u00AD\u00AD\u00ADb", "ab")]
    [InlineData("x\u202Ey\u202C", "xy")]
    [InlineData("\u2066a\u2069", "a")]
    [InlineData("a\u115Fb\u3164c\uFFA0d", "abcd")]
    [InlineData("a\u2800b", "ab")]
    [InlineData("go\uFE0Fod", "good")]
    [InlineData("t\U000E0041ag", "tag")]
    [InlineData("c\u034Fat", "cat")]
    [InlineData("m\u180Eon", "mon")]
    public void Normalize_InvisibleCharacters_AreRemovedAndCounted(string input, string expected)
    {
        var result = TextNormalizer.Normalize(input);
        Assert.Equal(expected, result.Value);
        Assert.Equal(input.Length - expected.Length - CountSupplementary(input), result.Counts.InvisibleRemoved);
    }

    [Theory]
    [InlineData("w\u0334\u0335\u0336\u0337o\u0338\u0339\u033A\u033Bw", "wow")]
    [InlineData("h\u0300\u0301\u0302\u0303\u0304i", "hi")]
    [InlineData("e\u0301\u0302\u0303\u0304", "e")]
    [InlineData("Z\u0351\u0352\u0353\u0354a\u0355\u0356\u0357l\u0358\u0359\u035Ag\u035B\u035C\u035Do", "zalgo")]
    [InlineData("n\u0489\u0489\u0489", "n")]
    [InlineData("\u0446\u0300\u0301\u0302\u0303", "\u0446")]
    [InlineData("o\u0308\u0308\u0308\u0308\u0308\u0308\u0308\u0308", "o")]
    [InlineData("a\u0316\u0317\u0318b", "ab")]
    [InlineData("c\u0363\u0364\u0365\u0366t", "ct")]
    [InlineData("q\u20D0\u20D1\u20D2", "q")]
    public void Normalize_StackedCombiningMarks_StripToBase(string input, string expected)
    {
        var result = TextNormalizer.Normalize(input);
        Assert.Equal(expected, result.Value);
        Assert.True(result.Counts.ZalgoClusters > 0);
    }

    [Theory]
    [InlineData("Привіт, як справи?", "привіт, як справи?")]
    [InlineData("Москва — столица", "москва — столица")]
    [InlineData("Ελληνικά κείμενα", "ελληνικά κείμενα")]
    [InlineData("Crème brûlée", "crème brûlée")]
    [InlineData("e\u0301t\u0065\u0301", "\u00E9t\u00E9")] // decomposed accents compose
    [InlineData("Straße", "straße")]
    [InlineData("Zażółć gęślą jaźń", "zażółć gęślą jaźń")]
    [InlineData("日本語のテキスト", "日本語のテキスト")]
    [InlineData("नमस्ते दुनिया", "नमस्ते दुनिया")]
    [InlineData("مرحبا بالعالم", "مرحبا بالعالم")]
    [InlineData("Tiếng Việt", "tiếng việt")]
    [InlineData("한국어 문장", "한국어 문장")]
    public void Normalize_LegitimateScripts_KeepTheirLetters(string input, string expected) =>
        Assert.Equal(expected.Normalize(System.Text.NormalizationForm.FormKC), TextNormalizer.Normalize(input).Value);

    [Fact]
    public void Normalize_Ascii_UsesIdentityMapAndLowerCase()
    {
        var result = TextNormalizer.Normalize("Hello World");
        Assert.Equal("hello world", result.Value);
        Assert.True(result.IsIdentityMap);
        Assert.Equal(default, result.Counts);
    }

    [Fact]
    public void Normalize_Empty_GivesEmpty() => Assert.Equal("", TextNormalizer.Normalize("").Value);

    [Theory]
    [InlineData("\uD800")]
    [InlineData("a\uDC00b")]
    [InlineData("\uDBFF\uD800x")]
    public void Normalize_LoneSurrogates_DoNotThrow(string input) =>
        Assert.Contains('\uFFFD', TextNormalizer.Normalize(input).Value);

    /// <summary>ICU throws on U+FFFE (a byte-swapped byte order mark); the normaliser threw with it until 2026-11-26.</summary>
    [Theory]
    [InlineData("\uFFFE", "\uFFFE")]
    [InlineData("Nice\uFFFE video", "nice\uFFFE video")]
    [InlineData("\uFFFE\u0301", "\uFFFE\u0301")]
    [InlineData("x\uFFFE\u0334\u0335\u0336", "x\uFFFE")]
    [InlineData("\uFFFEx\uFFFE\u200Bx\uFFFE", "\uFFFEx\uFFFEx\uFFFE")]
    public void Normalize_NoncharacterFffe_IsKeptAndDoesNotThrow(string input, string expected)
    {
        var result = TextNormalizer.Normalize(input);
        Assert.Equal(expected, result.Value);
        Assert.Equal(PaddingDetector.Analyze(input.Replace('\uFFFE', '~')).OwnWordCount, PaddingDetector.Analyze(input).OwnWordCount);
    }

    [Fact]
    public void Normalize_IsIdempotent_OnMixedSamples()
    {
        foreach (var sample in new[] { "p\u0430yp\u0430l f\u1D1Cck", "\uFF57\u200B\uFF4F", "Привіт світ", "e\u0301\u0302\u0303\u0304x" })
        {
            var once = TextNormalizer.Normalize(sample).Value;
            Assert.Equal(once, TextNormalizer.Normalize(once).Value);
        }
    }

    private static int CountSupplementary(string text) => text.Count(char.IsHighSurrogate);
}
