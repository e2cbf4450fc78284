using SaySomething.Core.Links;

namespace SaySomething.Core.Tests.Links;

/// <summary>What a forum reader expects the extractor to find, and exactly where.</summary>
public sealed class LinkExtractorTests
{
    private static string[] Found(string text, FoundLinkKind kind) =>
        [.. LinkExtractor.Default.Extract(text).Where(link => link.Kind == kind).Select(link => text[link.Start..link.End])];

    private static string[] Urls(string text) => Found(text, FoundLinkKind.Url);

    private static string[] Emails(string text) => Found(text, FoundLinkKind.Email);

    [Theory]
    [InlineData("watch youtube.com/watch?v=dQw4w9WgXcQ now", "youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("see www.bbc.co.uk/news/x for more", "www.bbc.co.uk/news/x")]
    [InlineData("channel: t.me/chan/1 (pinned)", "t.me/chan/1")]
    [InlineData("x.com/someone/status/1790000000000000001", "x.com/someone/status/1790000000000000001")]
    [InlineData("www.example.com", "www.example.com")]
    [InlineData("try example.com, it works", "example.com")]
    public void Extract_SchemelessHost_IsFoundAsWritten(string text, string expected)
    {
        Assert.Equal([expected], Urls(text));
        Assert.False(LinkExtractor.Default.Extract(text).Single().HasScheme);
    }

    [Theory]
    [InlineData("https://президент.рф/news today", "https://президент.рф/news")]
    [InlineData("президент.рф/news is down", "президент.рф/news")]
    [InlineData("xn--d1abbgf6aiiy.xn--p1ai/news is down", "xn--d1abbgf6aiiy.xn--p1ai/news")]
    [InlineData("https://xn--mnchen-3ya.de/stadt", "https://xn--mnchen-3ya.de/stadt")]
    [InlineData("https://münchen.de/stadt ok", "https://münchen.de/stadt")]
    public void Extract_IdnHost_IsFoundWhole(string text, string expected) => Assert.Equal([expected], Urls(text));

    [Theory]
    [InlineData("panel at http://192.168.1.1:8080/admin/x now", "http://192.168.1.1:8080/admin/x")]
    [InlineData("192.168.1.1/abc is the router", "192.168.1.1/abc")]
    [InlineData("https://example.com:8443/path?q=1", "https://example.com:8443/path?q=1")]
    [InlineData("http://example.com:65535/z", "http://example.com:65535/z")]
    [InlineData("http://localhost:5000/api", "http://localhost:5000/api")]
    public void Extract_IPv4HostsAndPorts_AreFound(string text, string expected) => Assert.Equal([expected], Urls(text));

    [Theory]
    [InlineData("version 10.0.0.1 was released")] // A bare IPv4-like number without port or path reads as a version.
    [InlineData("http://example.com:99999/x")] // Port out of range.
    [InlineData("http://example.com:0/y")]
    [InlineData("http://example.com:8080abc/y")]
    public void Extract_BadPortOrBareNumbers_AreNotLinks(string text) => Assert.Empty(LinkExtractor.Default.Extract(text));

    [Theory]
    [InlineData("https://user:pw@evil.com/x")]
    [InlineData("https://user@evil.com/x")]
    [InlineData("https://good.com@evil.com/")]
    [InlineData("look: https://user@evil.com/x@y.com here")]
    [InlineData("HTTP://admin:admin@192.168.1.1/")]
    public void Extract_UserInfo_RefusesWholeUrlAndReportsNoEmailInside(string text) =>
        Assert.Empty(LinkExtractor.Default.Extract(text));

    [Fact]
    public void Extract_UserInfoUrl_DoesNotHideLaterLinks()
    {
        const string text = "https://user:pw@evil.com/x then https://good.com/y and a@b.com";

        Assert.Equal(["https://good.com/y"], Urls(text));
        Assert.Equal(["a@b.com"], Emails(text));
    }

    [Theory]
    [InlineData("(see https://en.wikipedia.org/wiki/Foo_(bar)).", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("(https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("https://example.com/a_(b)_c)", "https://example.com/a_(b)_c")]
    [InlineData("(https://x.com/j).", "https://x.com/j")]
    [InlineData("see [https://x.com/a](https://x.com/b)", "https://x.com/a", "https://x.com/b")]
    public void Extract_Parentheses_CountOnlyWhenBalanced(string text, params string[] expected) =>
        Assert.Equal(expected, Urls(text));

    [Theory]
    [InlineData(".")]
    [InlineData(",")]
    [InlineData("!")]
    [InlineData("?")]
    [InlineData(";")]
    [InlineData(":")]
    [InlineData("...")]
    [InlineData("…")]
    [InlineData("!!")]
    [InlineData("?!")]
    [InlineData(").")]
    public void Extract_TrailingPunctuation_IsNotPartOfTheUrl(string punctuation)
    {
        var opening = punctuation.StartsWith(')') ? "(" : "";
        var text = $"Look {opening}https://x.com/a/b?c=1{punctuation} Next sentence";

        Assert.Equal(["https://x.com/a/b?c=1"], Urls(text));
    }

    [Theory]
    [InlineData("“", "”")]
    [InlineData("\"", "\"")]
    [InlineData("'", "'")]
    [InlineData("«", "»")]
    [InlineData("[", "]")]
    [InlineData("(", ")")]
    [InlineData("<", ">")]
    [InlineData("„", "“")]
    public void Extract_EnclosingQuotesAndBrackets_AreNotPartOfTheUrl(string open, string close)
    {
        var text = $"he said {open}https://x.com/a/status/1{close} yesterday";

        Assert.Equal(["https://x.com/a/status/1"], Urls(text));
    }

    [Fact]
    public void Extract_QuotedSchemelessUrl_ExcludesTheQuotes() =>
        Assert.Equal(["youtube.com/watch?v=abc"], Urls("\"youtube.com/watch?v=abc\""));

    [Theory]
    [InlineData("https://t.me/x/123дивіться", "https://t.me/x/123")]
    [InlineData("https://youtu.be/abc?t=1見て", "https://youtu.be/abc?t=1")]
    [InlineData("(https://t.me/x/1)смотрите", "https://t.me/x/1")]
    [InlineData("https://x.com/a)смотрите", "https://x.com/a")]
    [InlineData("x.com/a/status/1ですね", "x.com/a/status/1")]
    public void Extract_GluedNonLatinText_EndsTheUrlBeforeIt(string text, string expected) => Assert.Equal([expected], Urls(text));

    [Theory]
    [InlineData("write to john.doe@example.com today", "john.doe@example.com")]
    [InlineData("mailto:jane@example.org", "mailto:jane@example.org")]
    [InlineData("MAILTO:jane@example.org", "MAILTO:jane@example.org")]
    [InlineData("user@example.com.", "user@example.com")]
    [InlineData("(first.last+tag@mail.example.co.uk)", "first.last+tag@mail.example.co.uk")]
    public void Extract_EmailAddress_IsReportedAsEmailNotUrl(string text, string expected)
    {
        Assert.Equal([expected], Emails(text));
        Assert.Empty(Urls(text));
    }

    [Fact]
    public void Extract_LocalPartOfExactly64Characters_IsAnEmail()
    {
        var text = new string('a', 64) + "@example.com";

        Assert.Equal([text], Emails(text));
    }

    [Fact]
    public void Extract_LocalPartLongerThan64Characters_IsNotReported()
    {
        var text = new string('a', 71) + "@example.com";

        Assert.Empty(LinkExtractor.Default.Extract(text));
    }

    [Fact]
    public void Extract_Mailto_HasSchemeAndHostIsTheDomain()
    {
        const string text = "mail mailto:jane@example.org";

        var link = Assert.Single(LinkExtractor.Default.Extract(text));

        Assert.Equal(new FoundLink(5, 28, 17, 28, FoundLinkKind.Email, HasScheme: true), link);
    }

    [Theory]
    [InlineData("I got home.Now what?")]
    [InlineData("run setup.py first")]
    [InlineData("written in node.js")]
    [InlineData("some fruit, e.g. apples")]
    [InlineData("Python 3.5 is old")]
    [InlineData("the U.S. and the U.K.")]
    [InlineData("that was the end.The next day")]
    [InlineData("file.txt and index.html and main.rs")]
    [InlineData("nobody@ and @home and x@y")]
    [InlineData("ratio 1.5.2 and v2.0")]
    public void Extract_EverydayDottedWords_AreNotLinks(string text) => Assert.Empty(LinkExtractor.Default.Extract(text));

    [Theory]
    [InlineData("[URL]https://x.com/a[/URL]", "https://x.com/a")]
    [InlineData("[url]https://x.com/a?b=1[/url]", "https://x.com/a?b=1")]
    [InlineData("[URL unfurl=\"true\"]https://x.com/a[/URL]", "https://x.com/a")]
    [InlineData("[url=https://x.com/a]text[/url]", "https://x.com/a")]
    [InlineData("[IMG]https://i.imgur.com/abc.jpg[/IMG]", "https://i.imgur.com/abc.jpg")]
    public void Extract_BbCode_EndsBeforeTheClosingTag(string text, string expected) => Assert.Equal([expected], Urls(text));

    [Theory]
    [InlineData("https://example.com/?a=1&amp;b=2", "https://example.com/?a=1&amp;b=2")]
    [InlineData("https://www.youtube.com/watch?list=PLabc&amp;v=dQw4w9WgXcQ end", "https://www.youtube.com/watch?list=PLabc&amp;v=dQw4w9WgXcQ")]
    public void Extract_HtmlEntityInsideQuery_IsKeptAsWritten(string text, string expected) => Assert.Equal([expected], Urls(text));

    [Fact]
    public void Extract_SchemelessYouTube_ExactOffsets()
    {
        const string text = "watch youtube.com/watch?v=dQw4w9WgXcQ now";

        var link = Assert.Single(LinkExtractor.Default.Extract(text));

        Assert.Equal(new FoundLink(6, 37, 6, 17, FoundLinkKind.Url, HasScheme: false), link);
        Assert.Equal("youtube.com", link.Host(text).ToString());
        Assert.Equal(31, link.Length);
    }

    [Fact]
    public void Extract_IPv4WithPort_HostEndsBeforeThePort()
    {
        const string text = "http://192.168.1.1:8080/admin/x";

        var link = Assert.Single(LinkExtractor.Default.Extract(text));

        Assert.Equal(new FoundLink(0, 31, 7, 18, FoundLinkKind.Url, HasScheme: true), link);
    }

    [Fact]
    public void Extract_CyrillicHost_OffsetsAreUtf16()
    {
        const string text = "сайт президент.рф/news закрыт";

        var link = Assert.Single(LinkExtractor.Default.Extract(text));

        Assert.Equal(new FoundLink(5, 22, 5, 17, FoundLinkKind.Url, HasScheme: false), link);
        Assert.Equal("президент.рф", link.Host(text).ToString());
    }

    [Fact]
    public void Extract_WikipediaInsideParentheses_ExactOffsets()
    {
        const string text = "(see https://en.wikipedia.org/wiki/Foo_(bar)).";

        var link = Assert.Single(LinkExtractor.Default.Extract(text));

        Assert.Equal(new FoundLink(5, 44, 13, 29, FoundLinkKind.Url, HasScheme: true), link);
    }

    [Fact]
    public void Extract_EmojiBeforeUrl_OffsetsCountSurrogatePairsAsTwo()
    {
        // "Look " (5) + thumbs up (2) + skin tone modifier (2) + " at " (4) = 13.
        const string text = "Look \U0001F44D\U0001F3FD at https://x.com/a/status/1 \U0001F602 and t.me/c/2";

        var links = LinkExtractor.Default.Extract(text);

        Assert.Equal(
            [
                new FoundLink(13, 37, 21, 26, FoundLinkKind.Url, HasScheme: true),
                new FoundLink(45, 53, 45, 49, FoundLinkKind.Url, HasScheme: false),
            ],
            links);
        Assert.Equal("https://x.com/a/status/1", links[0].Slice(text).ToString());
        Assert.Equal("t.me/c/2", links[1].Slice(text).ToString());
    }

    [Fact]
    public void Extract_EmailAndUrlTogether_ExactOffsetsAndKinds()
    {
        const string text = "write to john.doe@example.com or see https://example.com/contact.";

        var links = LinkExtractor.Default.Extract(text);

        Assert.Equal(
            [
                new FoundLink(9, 29, 18, 29, FoundLinkKind.Email, HasScheme: false),
                new FoundLink(37, 64, 45, 56, FoundLinkKind.Url, HasScheme: true),
            ],
            links);
    }

    [Fact]
    public void Extract_SeveralLinks_AreInTextOrder()
    {
        const string text = "a https://x.com/1 b www.bbc.co.uk/news/2 c me@example.org d t.me/c/3";

        var links = LinkExtractor.Default.Extract(text);

        Assert.Equal(
            ["https://x.com/1", "www.bbc.co.uk/news/2", "me@example.org", "t.me/c/3"],
            links.Select(link => text[link.Start..link.End]));
        Assert.Equal(
            [FoundLinkKind.Url, FoundLinkKind.Url, FoundLinkKind.Email, FoundLinkKind.Url],
            links.Select(link => link.Kind));
    }

    [Fact]
    public void Extract_SpanOverload_AppendsToTheListAndReturnsTheNumberAppended()
    {
        var earlier = new FoundLink(0, 1, 0, 1, FoundLinkKind.Url, HasScheme: false);
        var results = new List<FoundLink> { earlier };

        var count = LinkExtractor.Default.Extract("https://x.com/a and https://x.com/b".AsSpan(), results);

        Assert.Equal(2, count);
        Assert.Equal(3, results.Count);
        Assert.Equal(earlier, results[0]);
        Assert.Equal(20, results[2].Start);
    }

    [Fact]
    public void Extract_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => LinkExtractor.Default.Extract((string)null!));
        Assert.Throws<ArgumentNullException>(() => LinkExtractor.Default.Extract("x".AsSpan(), null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no links here at all")]
    [InlineData(":")]
    [InlineData("@")]
    [InlineData(".")]
    [InlineData("https://")]
    [InlineData("http:// and https:// and ftp://")]
    public void Extract_NothingLinkLike_ReturnsEmpty(string text) => Assert.Empty(LinkExtractor.Default.Extract(text));
}
