using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text;

public class PaddingDetectorTests
{
    [Theory]
    [InlineData("Great video jjjjjjj", 2)]
    [InlineData("aaaaaaa look at this", 3)]
    [InlineData("hahaha so true", 2)]
    [InlineData("asdasdasd nice one", 2)]
    [InlineData("lololo this", 1)]
    [InlineData("zzzzzz boring talk", 2)]
    [InlineData("ххххх смешно", 1)]
    [InlineData("xoxoxo from me", 2)]
    [InlineData("mmmm tasty recipe", 2)]
    [InlineData("kkkkkkkk lol", 1)]
    [InlineData("wow w\u200Bw\u200Bw\u200Bw\u200Bw", 1)]
    public void Analyze_RepeatedCharacters_CountZero(string text, int ownWords) =>
        AssertPadding(text, PaddingTechnique.RepeatedCharacters, ownWords);

    [Theory]
    [InlineData("sooooo good", "so good")]
    [InlineData("Nooooo way", "no way")]
    [InlineData("yesssss yes", "yes")]
    [InlineData("coooool video", "cool video")]
    [InlineData("wowwwww", "wow")]
    [InlineData("greaaaat take", "great take")]
    [InlineData("plzzzz watch", "plz watch")]
    [InlineData("love it sooo much", "love it so much")]
    [InlineData("riiiight", "right")]
    [InlineData("Ахаааа понятно", "аха понятно")]
    public void Analyze_ElongatedWords_CountAsTheirShortForm(string text, string equivalent) =>
        Assert.Equal(PaddingDetector.Analyze(equivalent).OwnWordCount, PaddingDetector.Analyze(text).OwnWordCount);

    [Theory]
    [InlineData("good good good good", 1)]
    [InlineData("nice nice nice", 1)]
    [InlineData("Nice. Nice. Nice. Nice.", 1)]
    [InlineData("lol lol lol lol lol", 1)]
    [InlineData("this this this is it", 3)]
    [InlineData("wow, wow, wow, wow!", 1)]
    [InlineData("GOOD good Good", 1)]
    [InlineData("g\u043E\u043Ed good good", 1)]
    [InlineData("да да да да", 1)]
    [InlineData("哈哈哈哈", 1)]
    [InlineData("yes 👍 yes 👍 yes", 1)]
    public void Analyze_RepeatedWords_CountOnce(string text, int ownWords) =>
        AssertPadding(text, PaddingTechnique.RepeatedWord, ownWords);

    [Theory]
    [InlineData("This is great. This is great. This is great.", 3)]
    [InlineData("Watch this one.\nWatch this one.", 3)]
    [InlineData("I love it! I love it!", 3)]
    [InlineData("So true. Really so true. So true.", 3)]
    [InlineData("Must see. Must see. Must see. Must see.", 2)]
    [InlineData("Very nice video? Very nice video?", 3)]
    [InlineData("Дуже цікаво. Дуже цікаво.", 2)]
    [InlineData("Top clip\nTop clip\nTop clip", 2)]
    [InlineData("What a goal. WHAT A GOAL.", 3)]
    [InlineData("Just wow… Just wow…", 2)]
    public void Analyze_RepeatedSentences_CountOnce(string text, int ownWords) =>
        AssertPadding(text, PaddingTechnique.RepeatedSentence, ownWords);

    [Theory]
    [InlineData("Nice!!!!!!!!!!", 1)]
    [InlineData("........", 0)]
    [InlineData("??????", 0)]
    [InlineData("wow ............", 1)]
    [InlineData("ok ----------", 1)]
    [InlineData("!?!?!?!?!?!?", 0)]
    [InlineData("see ~~~~", 1)]
    [InlineData("*****", 0)]
    [InlineData("yes ,,,,", 1)]
    [InlineData("hmm ////", 1)]
    [InlineData("，，，，", 0)]
    public void Analyze_PunctuationPadding_IsFlagged(string text, int ownWords) =>
        AssertPadding(text, PaddingTechnique.PunctuationRun, ownWords);

    [Theory]
    [InlineData("😂😂😂😂😂", 0)]
    [InlineData("lol 😂😂😂😂", 1)]
    [InlineData("🔥 🔥 🔥 🔥 🔥 🔥", 0)]
    [InlineData("great 👍👍👍👍👍👍", 1)]
    [InlineData("👍", 0)]
    [InlineData("🎉🎉🎉🎉 party", 1)]
    [InlineData("❤️❤️❤️❤️", 0)]
    [InlineData("so good 😍, 😍, 😍, 😍", 2)]
    [InlineData("👍🏽👍🏽👍🏽👍🏽", 0)]
    [InlineData("wow \u200B😀\u200B😀\u200B😀\u200B😀 \u200B😀", 1)]
    public void Analyze_EmojiPadding_IsFlagged(string text, int ownWords) =>
        AssertPadding(text, PaddingTechnique.EmojiRun, ownWords);

    [Theory]
    [InlineData("1 2 3 4 5 6", 0)]
    [InlineData("11111111111", 0)]
    [InlineData("look 123 456 789", 1)]
    [InlineData("42", 0)]
    [InlineData("wow 1234567890123", 1)]
    [InlineData("1, 2, 3", 0)]
    [InlineData("ok 7 7 7 7", 1)]
    [InlineData("１２３ ４５６ ７８９", 0)]
    [InlineData("3.14 2.71 1.41", 0)]
    [InlineData("good 99999999999", 1)]
    public void Analyze_NumberPadding_IsFlagged(string text, int ownWords) =>
        AssertPadding(text, PaddingTechnique.NumberRun, ownWords);

    [Theory]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit", 0)]
    [InlineData("lorem ipsum", 0)]
    [InlineData("Great clip. Lorem ipsum dolor sit amet.", 2)]
    [InlineData("Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.", 0)]
    [InlineData("Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris", 0)]
    [InlineData("Duis aute irure dolor in reprehenderit in voluptate velit esse", 0)]
    [InlineData("Excepteur sint occaecat cupidatat non proident", 0)]
    [InlineData("LOREM IPSUM DOLOR", 0)]
    [InlineData("l\u043Erem ipsum dolor sit amet", 0)]
    [InlineData("Watch this: lorem ipsum dolor sit amet", 2)]
    [InlineData("consectetur adipiscing elit sed do", 0)]
    public void Analyze_LoremIpsum_CountsZero(string text, int ownWords) =>
        AssertPadding(text, PaddingTechnique.LoremIpsum, ownWords);

    [Theory]
    [InlineData("asdfgh", 0)]
    [InlineData("qwerty", 0)]
    [InlineData("asdf jkl nice", 2)]
    [InlineData("qwertyuiop", 0)]
    [InlineData("poiuytr", 0)]
    [InlineData("zxcvbnm", 0)]
    [InlineData("sdfghjkl", 0)]
    [InlineData("xcvbn great", 1)]
    [InlineData("lkjh", 0)]
    [InlineData("azerty", 0)]
    [InlineData("bcdfghjk", 0)]
    [InlineData("qwertz", 0)]
    [InlineData("ASDFGH", 0)]
    [InlineData("dfghjk", 0)]
    public void Analyze_KeyboardMash_CountsZero(string text, int ownWords) =>
        AssertPadding(text, PaddingTechnique.KeyboardMash, ownWords);

    [Theory]
    [InlineData("Szczecin")]
    [InlineData("strč prst skrz krk")]
    [InlineData("Angstschweiß")]
    [InlineData("Herbststurm")]
    [InlineData("zmrzl")]
    [InlineData("scvrnkl")]
    [InlineData("bezwzględny")]
    [InlineData("źdźbło")]
    [InlineData("Borschtsch")]
    [InlineData("Strumpfschnalle")]
    [InlineData("Schifffahrt")]
    [InlineData("rhythm")]
    [InlineData("crwth cwtch")]
    [InlineData("wert ytre")]
    [InlineData("Szczebrzeszyn chrząszcz")]
    [InlineData("čtvrtfinále")]
    [InlineData("Selbstschutz Durchschnitt")]
    [InlineData("Mississippi")]
    public void Analyze_RealWordsWithConsonantClusters_AreNotMash(string text)
    {
        var report = PaddingDetector.Analyze(text);
        Assert.Equal(PaddingTechnique.None, report.Techniques);
        Assert.Equal(text.Split(' ').Length, report.OwnWordCount);
    }

    [Fact]
    public void Analyze_SkippedLink_DoesNotCount()
    {
        const string text = "Look https://youtu.be/abc at this";
        var report = PaddingDetector.Analyze(text, [new Range(5, 25)]);
        Assert.Equal(3, report.OwnWordCount);
        Assert.Contains(report.Verdicts, v => v.Token.Kind == TokenKind.Skipped);
    }

    private static void AssertPadding(string text, PaddingTechnique expected, int ownWords)
    {
        var report = PaddingDetector.Analyze(text);
        Assert.True(report.Techniques.HasFlag(expected), $"expected {expected}, found {report.Techniques}");
        Assert.Equal(ownWords, report.OwnWordCount);
    }
}
