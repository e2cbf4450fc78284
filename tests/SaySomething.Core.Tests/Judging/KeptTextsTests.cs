using SaySomething.Core.Judging.Verdicts;

namespace SaySomething.Core.Tests.Judging;

public class KeptTextsTests
{
    [Fact]
    public void Get_BuildsOnceAndReturnsTheKeptText()
    {
        var texts = new KeptTexts<int>();
        int builds = 0;
        string first = texts.Get(7, 7, n => { builds++; return $"text {n}"; });
        string second = texts.Get(7, 7, n => { builds++; return $"text {n}"; });
        Assert.Equal("text 7", first);
        Assert.Same(first, second);
        Assert.Equal(1, builds);
    }

    [Fact]
    public void Get_PastTheCapacity_KeepsNoMoreButStillAnswersRight()
    {
        var texts = new KeptTexts<int>();
        for (int key = 0; key < KeptTexts<int>.Capacity + 500; key++)
        {
            Assert.Equal($"text {key}", texts.Get(key, key, static n => $"text {n}"));
        }

        Assert.Equal(KeptTexts<int>.Capacity, texts.Count);
        Assert.Equal($"text {KeptTexts<int>.Capacity + 10}", texts.Get(KeptTexts<int>.Capacity + 10, KeptTexts<int>.Capacity + 10, static n => $"text {n}"));
    }
}
