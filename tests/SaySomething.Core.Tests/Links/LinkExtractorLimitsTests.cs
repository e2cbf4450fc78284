using System.Runtime.InteropServices;
using System.Text;
using SaySomething.Core.Links;

namespace SaySomething.Core.Tests.Links;

/// <summary>The extractor's limits, and hostile text that must neither hang it nor make it report nonsense.</summary>
public sealed class LinkExtractorLimitsTests
{
    /// <summary>Generous: these inputs take well under a second; the timeout only turns a hang into a failure.</summary>
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Appended to every hostile text: a real link after the garbage must still be found.</summary>
    private const string Tail = " see https://example.com/ok";

    [Fact]
    public void Extract_UrlLongerThanMaxLinkLength_IsNotReportedButShorterNeighboursAre()
    {
        var extractor = new LinkExtractor(new LinkExtractorOptions { MaxLinkLength = 32 });
        var longUrl = "https://x.com/" + new string('a', 40);
        var text = $"https://x.com/short {longUrl} https://x.com/b";

        var found = extractor.Extract(text).Select(link => text[link.Start..link.End]);

        Assert.Equal(["https://x.com/short", "https://x.com/b"], found);
    }

    [Theory]
    [InlineData(32, true)]
    [InlineData(33, false)]
    public void Extract_UrlAtTheLengthLimit_IsReportedOneMoreIsNot(int urlLength, bool reported)
    {
        var extractor = new LinkExtractor(new LinkExtractorOptions { MaxLinkLength = 32 });
        var url = "https://x.com/" + new string('a', urlLength - "https://x.com/".Length);

        var links = extractor.Extract($"go {url} now");

        Assert.Equal(reported ? 1 : 0, links.Count);
    }

    [Fact]
    public void Extract_DefaultLimit_RefusesA5000CharacterUrl()
    {
        var text = "https://x.com/" + new string('a', 5000) + " and https://x.com/b";

        var link = Assert.Single(LinkExtractor.Default.Extract(text));

        Assert.Equal("https://x.com/b", link.Slice(text).ToString());
    }

    [Fact]
    public void Extract_OverLongUrlCutInsidePunctuation_IsNotReportedAsItsPrefix()
    {
        // The whole run "https://x.com/a.....b" is 56 characters; without the limit it is one link.
        var text = "https://x.com/a" + new string('.', 40) + "b end";
        var extractor = new LinkExtractor(new LinkExtractorOptions { MaxLinkLength = 32 });

        Assert.Equal(56, Assert.Single(LinkExtractor.Default.Extract(text)).Length);
        Assert.Empty(extractor.Extract(text));
    }

    [Fact]
    public void Extract_MoreLinksThanMaxLinksPerText_ReturnsExactlyTheFirstOnes()
    {
        var extractor = new LinkExtractor(new LinkExtractorOptions { MaxLinksPerText = 3 });
        var text = string.Join(' ', Enumerable.Range(1, 10).Select(i => $"https://x.com/{i}"));
        var results = new List<FoundLink>();

        var count = extractor.Extract(text.AsSpan(), results);

        Assert.Equal(3, count);
        Assert.Equal(["https://x.com/1", "https://x.com/2", "https://x.com/3"], results.Select(link => text[link.Start..link.End]));
    }

    [Fact]
    public void Extract_MaxLinksPerText_CountsEmailsToo()
    {
        var extractor = new LinkExtractor(new LinkExtractorOptions { MaxLinksPerText = 2 });

        var links = extractor.Extract("a@example.com b@example.com https://x.com/c");

        Assert.Equal([FoundLinkKind.Email, FoundLinkKind.Email], links.Select(link => link.Kind));
    }

    [Fact]
    public void Extract_DefaultMaxLinksPerText_Is1000()
    {
        var text = string.Concat(Enumerable.Repeat("a.com ", 1500));

        Assert.Equal(1000, LinkExtractor.Default.Extract(text).Count);
    }

    [Fact]
    public void Options_Defaults_AreDocumentedValues()
    {
        var options = new LinkExtractorOptions();

        Assert.Equal(4096, options.MaxLinkLength);
        Assert.Equal(1000, options.MaxLinksPerText);
    }

    [Theory]
    [InlineData(7, 1)]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(int.MinValue, 1)]
    [InlineData(4096, 0)]
    [InlineData(4096, -5)]
    public void Constructor_OptionsOutOfRange_Throw(int maxLinkLength, int maxLinksPerText)
    {
        var options = new LinkExtractorOptions { MaxLinkLength = maxLinkLength, MaxLinksPerText = maxLinksPerText };

        Assert.Throws<ArgumentOutOfRangeException>(() => new LinkExtractor(options));
    }

    [Fact]
    public void Constructor_SmallestAllowedOptions_AreAccepted()
    {
        var extractor = new LinkExtractor(new LinkExtractorOptions { MaxLinkLength = 8, MaxLinksPerText = 1 });

        Assert.Single(extractor.Extract("a.com b.com"));
    }

    [Fact]
    public void Constructor_NullOptions_Throws() => Assert.Throws<ArgumentNullException>(() => new LinkExtractor(null!));

    [Theory]
    [InlineData("1 MB of dots")]
    [InlineData("1 MB of a.")]
    [InlineData("100k http://")]
    [InlineData("100k @")]
    [InlineData("100k a@")]
    [InlineData("200k-character path")]
    [InlineData("100k (")]
    [InlineData("100k ( in a path")]
    [InlineData("100k [")]
    [InlineData("100k [ in a path")]
    [InlineData("50k www.")]
    [InlineData("100k mailto:")]
    [InlineData("100k &amp; in a path")]
    [InlineData("100k dots after a path")]
    [InlineData("1 MB local part")]
    [InlineData("random bytes as UTF-16")]
    [InlineData("random UTF-16 with lone surrogates")]
    public async Task Extract_HostileInput_FinishesAndStillFindsALaterLink(string name)
    {
        var hostile = Hostile(name);
        var text = hostile + Tail;

        var links = await Task.Run(() => LinkExtractor.Default.Extract(text)).WaitAsync(HangTimeout);

        AssertWellFormed(text, links);
        var last = links[^1];
        Assert.Equal("https://example.com/ok", last.Slice(text).ToString());
        Assert.Equal(text.Length - "https://example.com/ok".Length, last.Start);
        Assert.All(links.Take(links.Count - 1), link => Assert.True(link.End <= hostile.Length, $"{link} runs into the tail"));
    }

    [Theory]
    [InlineData("1 MB of dots", 0)]
    [InlineData("1 MB of a.", 0)]
    [InlineData("100k @", 0)]
    [InlineData("100k a@", 0)]
    [InlineData("200k-character path", 0)]
    [InlineData("100k (", 0)]
    [InlineData("100k ( in a path", 0)]
    [InlineData("100k [", 0)]
    [InlineData("100k [ in a path", 0)]
    [InlineData("50k www.", 0)]
    [InlineData("100k mailto:", 0)]
    [InlineData("100k dots after a path", 1)]
    public async Task Extract_HostileInput_ReportsNoNonsense(string name, int expectedLinks)
    {
        var text = Hostile(name);

        var links = await Task.Run(() => LinkExtractor.Default.Extract(text)).WaitAsync(HangTimeout);

        AssertWellFormed(text, links);
        Assert.Equal(expectedLinks, links.Count);
    }

    [Fact]
    public void Hostile_RandomUtf16_ReallyContainsLoneSurrogates()
    {
        var text = Hostile("random UTF-16 with lone surrogates");

        Assert.Contains(Enumerable.Range(0, text.Length), i => char.IsHighSurrogate(text[i]) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])));
    }

    private static string Hostile(string name) => name switch
    {
        "1 MB of dots" => new string('.', 1 << 20),
        "1 MB of a." => Repeat("a.", 1 << 19),
        "100k http://" => Repeat("http://", 100_000),
        "100k @" => new string('@', 100_000),
        "100k a@" => Repeat("a@", 100_000),
        "200k-character path" => "https://example.com/" + new string('a', 200_000),
        "100k (" => new string('(', 100_000),
        "100k ( in a path" => "https://example.com/" + new string('(', 100_000),
        "100k [" => new string('[', 100_000),
        "100k [ in a path" => "https://example.com/" + new string('[', 100_000),
        "50k www." => Repeat("www.", 50_000),
        "100k mailto:" => Repeat("mailto:", 100_000),
        "100k &amp; in a path" => "https://x.com/a" + Repeat("&amp;", 100_000),
        "100k dots after a path" => "https://x.com/a" + new string('.', 100_000),
        "1 MB local part" => new string('a', 1 << 20) + "@",
        "random bytes as UTF-16" => Encoding.Unicode.GetString(RandomBytes(1 << 20, seed: 11)),
        "random UTF-16 with lone surrogates" => new string(MemoryMarshal.Cast<byte, char>(RandomBytes(1 << 20, seed: 12))),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown hostile input"),
    };

    private static string Repeat(string part, int count) => new StringBuilder(part.Length * count).Insert(0, part, count).ToString();

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static void AssertWellFormed(string text, IReadOnlyList<FoundLink> links)
    {
        var previousEnd = 0;
        foreach (var link in links)
        {
            Assert.InRange(link.Start, previousEnd, text.Length - 1);
            Assert.InRange(link.End, link.Start + 1, text.Length);
            Assert.InRange(link.HostStart, link.Start, link.End);
            Assert.InRange(link.HostEnd, link.HostStart, link.End);
            Assert.True(link.Length <= 4096, $"{link} is longer than the default limit");
            previousEnd = link.End;
        }
    }
}
