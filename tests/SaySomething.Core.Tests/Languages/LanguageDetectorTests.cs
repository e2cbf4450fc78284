using SaySomething.Core.Languages;
using SaySomething.Core.Text;
using Xunit.Abstractions;

namespace SaySomething.Core.Tests.Languages;

public class LanguageDetectorTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.95;

    private static readonly string[] SupportedCodes = ["en", "uk", "ru", "de", "fr", "es", "nl", "pl", "ja", "zh"];

    private static LanguageGuess Detect(string text) => LanguageDetector.Detect(TextNormalizer.Normalize(text).Value);

    [Fact]
    public void TestSet_HasEnoughSentencesPerSupportedLanguage()
    {
        foreach (var code in SupportedCodes)
        {
            var shortCount = LanguageTestSet.Short.Count(item => item.Code == code);
            var veryShortCount = LanguageTestSet.VeryShort.Count(item => item.Code == code);
            Assert.True(shortCount >= 8, $"{code}: {shortCount} short sentences");
            Assert.True(veryShortCount >= 4, $"{code}: {veryShortCount} very short sentences");
        }

        Assert.All(LanguageTestSet.Short, item => Assert.InRange(WordCount(item.Text, item.Code), 5, 20));
        Assert.All(LanguageTestSet.VeryShort, item => Assert.InRange(WordCount(item.Text, item.Code), 2, 4));
    }

    [Fact]
    public void Detect_WholeTestSet_IsAtLeast95PercentAccurate()
    {
        var cases = LanguageTestSet.Short.Concat(LanguageTestSet.VeryShort).Concat(LanguageTestSet.Unsupported).Concat(LanguageTestSet.Mixed)
            .Select(item => (item.Code, item.Text))
            .Concat(LanguageTestSet.Undetermined.Select(text => (Code: LanguageGuess.UndeterminedCode, Text: text)))
            .ToList();
        var misses = cases
            .Select(item => (item.Code, item.Text, Guess: Detect(item.Text)))
            .Where(item => item.Guess.Code != item.Code)
            .Select(item => $"{item.Code} → {item.Guess.Code} ({item.Guess.Confidence:F2}): {item.Text}")
            .ToList();
        var accuracy = 1 - ((double)misses.Count / cases.Count);
        output.WriteLine($"accuracy {accuracy:P1} over {cases.Count} texts; misses: {misses.Count}");
        misses.ForEach(output.WriteLine);
        Assert.True(accuracy >= RequiredAccuracy, $"accuracy {accuracy:P1} over {cases.Count}; misses:\n{string.Join('\n', misses)}");
    }

    [Fact]
    public void Detect_UnsupportedLanguages_NeverComeOutAsSupported()
    {
        var misfiled = LanguageTestSet.Unsupported
            .Select(item => (item.Text, Guess: Detect(item.Text)))
            .Where(item => item.Guess.Supported)
            .Select(item => $"{item.Guess.Code}: {item.Text}")
            .ToList();
        Assert.True(misfiled.Count == 0, string.Join('\n', misfiled));
    }

    [Theory]
    [InlineData("")]
    [InlineData("😂😂😂")]
    [InlineData("123 456 789")]
    [InlineData("🔥 100 🔥")]
    [InlineData("lol")]
    [InlineData("!!!")]
    public void Detect_TooLittleToTell_IsUndetermined(string text)
    {
        var guess = Detect(text);
        Assert.Equal("und", guess.Code);
        Assert.False(guess.Supported);
        Assert.Equal(0, guess.Confidence);
        Assert.False(guess.IsDetermined);
    }

    [Theory]
    [InlineData("Das Video zeigt, wie die Brücke einstürzt, und keiner hat es kommen sehen.", "de")]
    [InlineData("ich weiß nicht, was ich davon halten soll", "de")]
    [InlineData("Ось чому я не довіряю жодному їхньому слову.", "uk")]
    [InlineData("Вот почему я не доверяю ни одному их слову.", "ru")]
    [InlineData("この動画は面白い", "ja")]
    [InlineData("这个视频很有意思", "zh")]
    [InlineData("這個影片很有意思", "zh")]
    public void Detect_ClearText_IsTheLanguageAndSupported(string text, string code)
    {
        var guess = Detect(text);
        Assert.Equal(code, guess.Code);
        Assert.True(guess.Supported);
        Assert.InRange(guess.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData("솔직히 이 영상은 너무 길어요", "ko")]
    [InlineData("هذا الفيديو سخيف جدا", "ar")]
    [InlineData("این ویدیو خیلی مسخره است", "fa")]
    [InlineData("Αυτό το βίντεο είναι πολύ καλό", "el")]
    [InlineData("यह वीडियो बहुत अच्छा है", "hi")]
    [InlineData("วิดีโอนี้ตลกมาก", "th")]
    [InlineData("Это видео очень смешное, правда? Він знає.", "ru")]
    public void Detect_OtherScripts_AreTheirLanguage(string text, string code)
    {
        var guess = Detect(text);
        Assert.Equal(code, guess.Code);
        Assert.Equal(code is "ru", guess.Supported);
    }

    [Fact]
    public void Detect_TypographicApostrophe_CountsLikeTheAsciiOne()
    {
        Assert.Equal("fr", Detect("c’est n’importe quoi").Code);
        Assert.Equal("en", Detect("don’t think so, they’re lying").Code);
    }

    [Fact]
    public void Detect_IsThreadSafe()
    {
        var texts = LanguageTestSet.Short.Select(item => item.Text).Concat(LanguageTestSet.Unsupported.Select(item => item.Text)).ToArray();
        var expected = texts.Select(Detect).ToArray();
        var results = new LanguageGuess[8][];
        Parallel.For(0, results.Length, run => results[run] = [.. texts.Select(Detect)]);
        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Detect_ClearText_DoesNotAllocate()
    {
        var text = TextNormalizer.Normalize("Honestly I think this is the worst take I have seen all week, they clearly have no idea.").Value;
        LanguageDetector.Detect(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            LanguageDetector.Detect(text);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static int WordCount(string text, string code) => code is "ja" or "zh"
        ? Math.Max(2, text.Count(char.IsLetter) / 2)
        : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
