using SaySomething.Core.Threads;

namespace SaySomething.Core.Tests.Threads;

public sealed class ThreadSplitterTests
{
    private const string Nbsp = "\u00A0";

    // A copy of a thread page whose message blocks kept the user and attribution lines (our invented values).
    private static readonly string s_copyWithHeaders = string.Join('\n',
        "Kestrel_9",
        "Well-known member",
        "Jun 22, 2025",
        "#1",
        "First post text.",
        "",
        Nbsp,
        "mira.lund",
        "Jun 22, 2025 at 9:14 PM",
        "#2",
        "",
        "Second post, two lines",
        "with a link https://example.org/a",
        Nbsp,
        "",
        "Similar threads",
        "",
        "Back");

    [Fact]
    public void SplitText_PostsWithAttributionLines_TakeAuthorAndDateAndKeepOnlyTheBody()
    {
        var posts = ThreadSplitter.SplitText(s_copyWithHeaders);

        Assert.Equal(2, posts.Count);
        Assert.Equal(("Kestrel_9", "Jun 22, 2025", 5, 5, "First post text."), (posts[0].Author, posts[0].Date, posts[0].FirstLine, posts[0].LastLine, posts[0].Text));
        Assert.Equal(("mira.lund", "Jun 22, 2025 at 9:14 PM", 12, 13), (posts[1].Author, posts[1].Date, posts[1].FirstLine, posts[1].LastLine));
        Assert.Equal("Second post, two lines\nwith a link https://example.org/a", posts[1].Text);
        Assert.Equal(posts[1].Text, s_copyWithHeaders[posts[1].Span.Start..posts[1].Span.End]);
        Assert.All(posts, p => Assert.False(p.IsNotice));
    }

    [Fact]
    public void SplitText_NoSeparator_IsOnePostWithoutAuthor()
    {
        var posts = ThreadSplitter.SplitText("\n\nJust one post\n\nwith two paragraphs\n\n");

        var post = Assert.Single(posts);
        Assert.Equal((3, 5, null, null), (post.FirstLine, post.LastLine, post.Author, post.Date));
        Assert.Equal("Just one post\n\nwith two paragraphs", post.Text);
    }

    [Fact]
    public void SplitText_EmptySegmentsAndOnlyChrome_AreDropped()
    {
        var posts = ThreadSplitter.SplitText($"A post\n{Nbsp}\n{Nbsp}\n\n{Nbsp}\nSimilar threads\nBack\n");

        var post = Assert.Single(posts);
        Assert.Equal("A post", post.Text);
    }

    [Fact]
    public void SplitText_ChromeWordsInsideAPost_AreKept()
    {
        var posts = ThreadSplitter.SplitText($"Back\nI am back from the front.\n{Nbsp}\nLast post\n\nBack");

        Assert.Equal(2, posts.Count);
        Assert.Equal("Back\nI am back from the front.", posts[0].Text);
        Assert.Equal("Last post", posts[1].Text);
    }

    [Fact]
    public void SplitText_BulletOnlyOnFirstParagraph_IsANotice()
    {
        var posts = ThreadSplitter.SplitText($"• Board notice\nsecond notice line\n\nFirst post\n{Nbsp}\n• not a notice here");

        Assert.Equal(3, posts.Count);
        Assert.True(posts[0].IsNotice);
        Assert.Equal("• Board notice\nsecond notice line", posts[0].Text);
        Assert.False(posts[1].IsNotice);
        Assert.False(posts[2].IsNotice);
    }

    [Fact]
    public void SplitText_NumberLineWithoutDate_IsNotAHeader()
    {
        var post = Assert.Single(ThreadSplitter.SplitText("#1\nthat is my ranking"));

        Assert.Null(post.Author);
        Assert.Equal(1, post.FirstLine);
    }

    [Fact]
    public void SplitText_CrLfLines_SplitTheSame()
    {
        var posts = ThreadSplitter.SplitText($"one\r\n{Nbsp}\r\ntwo\r\n");

        Assert.Equal(["one", "two"], posts.Select(p => p.Text));
    }

    private const string XenForoPage = """
        <!DOCTYPE html>
        <html><body>
        <ul class="notices"><li class="notice"><div class="notice-content">Say something about the links you post.</div></li></ul>
        <div class="block-body js-replyNewMessageContainer">
        <article class="message message--post js-post" data-author="Kestrel_9" data-content="post-5101" id="js-post-5101">
          <div class="message-inner">
            <div class="message-cell message-cell--main">
              <header class="message-attribution message-attribution--split">
                <ul class="message-attribution-main"><li class="u-concealed"><a href="/threads/t.1/post-5101"><time class="u-dt" dir="auto" datetime="2025-06-22T21:14:03+0100" data-timestamp="1750623243">Jun 22, 2025</time></a></li></ul>
              </header>
              <div class="message-content js-messageContent">
                <div class="message-userContent lbContainer js-lbContainer">
                  <article class="message-body js-selectToQuote">
                    <div class="bbWrapper">Look at <b>this</b>:<br />
        <div class="bbMediaWrapper" data-media-site-id="youtube" data-media-key="aBcD3fGh1jK"><div class="bbMediaWrapper-inner"></div></div></div>
                    <div class="js-selectToQuoteEnd">&nbsp;</div>
                  </article>
                </div>
              </div>
            </div>
          </div>
        </article>
        <article class="message message--post js-post" data-author="mira.lund" data-content="post-5102">
          <header class="message-attribution"><time datetime="2025-06-23T08:00:00+0100">Jun 23, 2025</time></header>
          <article class="message-body"><div class="bbWrapper">Second &amp; last<!-- </div> --></div></article>
        </article>
        </div>
        </body></html>
        """;

    [Fact]
    public void SplitHtml_XenForoPage_GivesNoticeThenPostsWithAuthorDateAndExactBodySource()
    {
        var posts = ThreadSplitter.SplitHtml(XenForoPage);

        Assert.Equal(3, posts.Count);
        Assert.True(posts[0].IsNotice);
        Assert.Equal("Say something about the links you post.", posts[0].Text);
        Assert.Equal(("Kestrel_9", "2025-06-22T21:14:03+0100"), (posts[1].Author, posts[1].Date));
        Assert.StartsWith("Look at <b>this</b>:<br />", posts[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("<div class=\"bbMediaWrapper-inner\"></div></div>", posts[1].Text, StringComparison.Ordinal);
        Assert.Equal(("mira.lund", "2025-06-23T08:00:00+0100"), (posts[2].Author, posts[2].Date));
        Assert.Equal("Second &amp; last<!-- </div> -->", posts[2].Text);
        foreach (var post in posts)
        {
            Assert.Equal(post.Text, XenForoPage[post.Span.Start..post.Span.End]);
            Assert.Equal(XenForoPage[..post.Span.Start].Count(c => c == '\n') + 1, post.FirstLine);
        }
    }

    [Fact]
    public void SplitHtml_NoMessages_IsEmpty()
    {
        Assert.Empty(ThreadSplitter.SplitHtml("<p>not a thread</p>"));
        Assert.Empty(ThreadSplitter.SplitHtml(""));
    }

    [Fact]
    public async Task SplitHtml_DeeplyNestedMessages_FinishesWithoutCrashing()
    {
        // Warm AngleSharp up first: its first parse is mostly JIT time. 1,000 nested messages (3,000 elements):
        // AngleSharp's tree building is quadratic in nesting depth (about 0.85 s at 9,000 nested elements in Release),
        // so deeper hostile pages need a depth check before parsing (reported to the lead).
        _ = ThreadSplitter.SplitHtml(XenForoPage);
        var nested = string.Concat(Enumerable.Repeat("<article class=\"message\" data-author=\"x\"><div class=\"message-body\"><div class=\"bbWrapper\">", 1000))
            + "text" + string.Concat(Enumerable.Repeat("</div></div></article>", 1000));

        var posts = await Task.Run(() => ThreadSplitter.SplitHtml(nested)).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Single(posts);
    }

    [Fact]
    public async Task SplitText_ManySeparators_IsLinear()
    {
        var page = string.Concat(Enumerable.Repeat($"post\n{Nbsp}\n", 16_000));

        var posts = await Task.Run(() => ThreadSplitter.SplitText(page)).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(16_000, posts.Count);
    }
}
