using System.Text;
using SaySomething.Core.Links;

namespace SaySomething.Core.Tests.Links;

/// <summary>Invariants that hold for any text: random mixes of URL pieces, words in several scripts, punctuation and blanks.</summary>
public sealed class LinkExtractorPropertyTests
{
    private const int Seed = 20_240_611;
    private const int Texts = 2_000;

    private static readonly string[] UrlPieces =
    [
        "https://", "http://", "HTTP://", "ftp://", "//", "www.", "example.com", "t.me/", "youtube.com/watch?v=dQw4w9WgXcQ",
        "x.com/a/status/1", "bbc.co.uk", "президент.рф", "xn--p1ai", "192.168.0.1", ":8080", ":99999", "/path", "/a_(b)",
        "?q=1", "&amp;", "&b=2", "#frag", "#:~:text=x", "user:pw@", "mailto:", "me@example.org", "@", "%20", "~", "-", "_",
        "[URL]", "[/URL]", "[url=", "]", "setup.py", "e.g.", "U.S.", "home.Now", "3.5",
    ];

    private static readonly string[] Words =
    [
        "hello", "the", "Look", "дивіться", "смотрите", "見て", "ですね", "مرحبا", "שלום", "Straße", "naïve", "κόσμος",
        "हिन्दी", "中文", "123", "😀", "👍🏽", "\uD83D", "\uDE00", "\u200D", "\u200C", "\uFFFD", "\u0301",
    ];

    private static readonly string[] Punctuation =
    [
        ".", ",", "!", "?", ";", ":", "...", "…", "!!", ")", "(", "[", "]", "{", "}", "\"", "'", "“", "”", "«", "»", "<", ">",
        "–", "—", "*", "\\", "|", "`",
    ];

    private static readonly string[] Blanks = [" ", " ", "\n", "\t", "\r\n", "\u00A0", "\u3000", ""];

    [Fact]
    public void Extract_RandomTexts_FoundLinksAreWellFormed()
    {
        var random = new Random(Seed);
        var totalLinks = 0;
        var urls = 0;
        var emails = 0;
        for (var n = 0; n < Texts; n++)
        {
            var text = RandomText(random);
            IReadOnlyList<FoundLink> links;
            try
            {
                links = LinkExtractor.Default.Extract(text);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"text #{n} threw {e.GetType().Name}: {Describe(text)}\n{e}");
            }

            AssertInvariants(n, text, links);
            totalLinks += links.Count;
            urls += links.Count(link => link.Kind == FoundLinkKind.Url);
            emails += links.Count(link => link.Kind == FoundLinkKind.Email);
        }

        // Guard against a vacuous pass: the generator must really produce links of both kinds.
        Assert.True(urls > Texts / 2, $"only {urls} URLs in {Texts} texts");
        Assert.True(emails > Texts / 20, $"only {emails} e-mails in {Texts} texts");
        Assert.Equal(totalLinks, urls + emails);
    }

    [Fact]
    public void Extract_RandomTexts_SpanAndStringOverloadsAgreeAndAreDeterministic()
    {
        var random = new Random(Seed + 1);
        for (var n = 0; n < Texts / 4; n++)
        {
            var text = RandomText(random);
            var fromString = LinkExtractor.Default.Extract(text);
            var fromSpan = new List<FoundLink>();
            var count = LinkExtractor.Default.Extract(text.AsSpan(), fromSpan);

            Assert.Equal(fromString.Count, count);
            Assert.Equal(fromString, fromSpan);
            Assert.Equal(fromString, LinkExtractor.Default.Extract(text));
        }
    }

    private static void AssertInvariants(int n, string text, IReadOnlyList<FoundLink> links)
    {
        var previousEnd = 0;
        foreach (var link in links)
        {
            var where = $"text #{n}, {link}: {Describe(text)}";
            Assert.True(link.Start >= 0 && link.Start < link.End && link.End <= text.Length, $"out of bounds in {where}");
            Assert.True(link.HostStart >= link.Start && link.HostEnd <= link.End && link.HostStart <= link.HostEnd, $"host outside link in {where}");
            Assert.True(link.Start >= previousEnd, $"overlaps or goes back in {where}");
            Assert.True(link.End - link.Start <= 4096, $"longer than the limit in {where}");
            var slice = text[link.Start..link.End];
            Assert.False(slice.Any(char.IsWhiteSpace), $"whitespace inside {where}");
            if (link.Kind == FoundLinkKind.Url)
            {
                Assert.True(link.HostEnd > link.HostStart, $"empty host in {where}");
                var host = text[link.HostStart..link.HostEnd];
                Assert.False(host.Contains('@', StringComparison.Ordinal), $"user information in the host of {where}");
                Assert.True(link.HasScheme || host.Contains('.', StringComparison.Ordinal), $"scheme-less host without a dot in {where}");
            }
            else
            {
                Assert.Equal('@', text[link.HostStart - 1]);
                Assert.True(link.HostEnd > link.HostStart, $"empty domain in {where}");
            }

            if (link.HasScheme && link.Kind == FoundLinkKind.Url)
            {
                Assert.True(
                    slice.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || slice.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                    || slice.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase),
                    $"HasScheme without a scheme in {where}");
            }

            previousEnd = link.End;
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var pieces = random.Next(1, 40);
        for (var i = 0; i < pieces; i++)
        {
            var pool = random.Next(10) switch
            {
                < 4 => UrlPieces,
                < 7 => Words,
                < 9 => Punctuation,
                _ => Blanks,
            };
            builder.Append(pool[random.Next(pool.Length)]);

            // Usually glue the next piece on, sometimes separate it: links are built out of glued pieces.
            if (random.Next(4) == 0)
            {
                builder.Append(Blanks[random.Next(Blanks.Length)]);
            }
        }

        return builder.ToString();
    }

    private static string Describe(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c is < ' ' or (>= '\uD800' and <= '\uDFFF') ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return $"\"{escaped}\"";
    }
}
