using SaySomething.Core.Judging.Sentences;
using SaySomething.Core.Languages;
using SaySomething.Core.Tests.TestSupport;

namespace SaySomething.Core.Tests.Languages;

/// <summary>
/// The judge reads the language of ASCII text from the words its analysis already cut and hashed
/// (<see cref="LanguageDetector.DetectAscii"/>); it must give exactly what reading the characters gives.
/// </summary>
public class AsciiDetectionTests
{
    public static TheoryData<string> EdgeCases => new()
    {
        "this is the video you asked about",
        "ijs en ijzer zijn niet hetzelfde, wij weten dat",
        "don't watch it, it's the same clip as yesterday",
        "rock'n'roll never dies'",
        "90's music was better and 5pm is too early",
        "the 30mm cannon at 0:45, 1,000 m away",
        "sooooo good, noooo way",
        "word" + new string('x', 40) + " and more words here",
        "see www.example and thoughts",
        "lol",
        "a b",
        "ok... well—fine",
        "Ist das nicht die gleiche Brigade wie letzte Woche?",
        "c'est la vie, n'est-ce pas",
        "zo'n mooie dag, vind je niet",
        "it's 'quoted' and a1'b and b'1 and ''double'' and end'",
        "won't can't shouldn't've y'all",
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void DetectAscii_EdgeCases_MatchTheCharacterScan(string text) => AssertSame(text);

    [Fact]
    public void DetectAscii_LanguageTestSet_MatchesTheCharacterScan()
    {
        var texts = LanguageTestSet.Short.Concat(LanguageTestSet.VeryShort).Concat(LanguageTestSet.Unsupported).Concat(LanguageTestSet.Mixed)
            .Select(item => item.Text)
            .Concat(LanguageTestSet.Undetermined);
        foreach (var text in texts)
        {
            AssertSame(text);
        }
    }

    [Fact]
    public void DetectAscii_LabelledCorpus_MatchesTheCharacterScan()
    {
        foreach (var post in LabelledPost.Corpus())
        {
            AssertSame(post.Text);
            AssertSame(post.Text, 240);
        }
    }

    [Fact]
    public void DetectAscii_SamplesCutAnywhere_MatchTheCharacterScan()
    {
        const string Text = "Same brigade as last week? I think they moved them north, don't you? Called it in March 2024.";
        for (int cut = 0; cut <= Text.Length; cut++)
        {
            AssertSame(Text, cut);
        }
    }

    private static void AssertSame(string text, int? sampleLength = null)
    {
        var analysis = TextAnalysis.Analyze(text);
        var value = analysis.Normalized.Value;
        if (!analysis.Normalized.IsIdentityMap)
        {
            return; // not ASCII: the judge reads the characters
        }

        var sample = value.AsSpan(0, Math.Min(sampleLength ?? value.Length, value.Length));
        Assert.Equal(LanguageDetector.Detect(sample), LanguageDetector.DetectAscii(sample, analysis.Tokens, analysis.Hashes));
    }
}
