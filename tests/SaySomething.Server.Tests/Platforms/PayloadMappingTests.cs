using System.Text;
using SaySomething.Core.Documents;
using SaySomething.Platforms.Discourse;
using SaySomething.Platforms.Webhooks;
using SaySomething.Platforms.XenForo;
using SaySomething.Server.Tests.TestSupport;

namespace SaySomething.Server.Tests.Platforms;

/// <summary>Payloads map to our post, with the dedupe keys of platforms.md §6.2; other events are ignored, bad bodies refused.</summary>
public sealed class PayloadMappingTests
{
    private static WebhookRequest Request(string body, params (string Name, string Value)[] headers) =>
        new(headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)), Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Discourse_post_maps_raw_markdown_and_keys_on_instance_post_and_version()
    {
        var read = new DiscourseAdapter().Read(Request(Fixtures.DiscoursePost(1187, 1, Fixtures.CommentedMarkdown),
            ("X-Discourse-Event", "post_created"), ("X-Discourse-Instance", "https://forum.example.org")));
        Assert.Equal(WebhookEventKind.Post, read.Kind);
        Assert.Equal("https://forum.example.org|post:1187|v1", read.DedupeKey);
        Assert.Equal(MarkupFormat.Markdown, read.Post!.Format);
        Assert.Equal(Fixtures.CommentedMarkdown, read.Post.Text);
        Assert.Equal("342", read.Post.ThreadId);
        Assert.Equal("Caching talks worth watching", read.Post.ThreadTitle);
        Assert.Equal("5", read.Post.SectionId);
        Assert.Equal("priya_n", read.Post.AuthorName);
    }

    [Theory]
    [InlineData("topic_created")]
    [InlineData("post_destroyed")]
    [InlineData("ping")]
    [InlineData("")]
    public void Discourse_other_events_are_ignored(string eventName)
    {
        var read = new DiscourseAdapter().Read(Request(Fixtures.DiscoursePost(1, 1, "x"), ("X-Discourse-Event", eventName)));
        Assert.Equal(WebhookEventKind.Ignored, read.Kind);
    }

    [Fact]
    public void Discourse_private_messages_are_ignored()
    {
        var read = new DiscourseAdapter().Read(Request(Fixtures.DiscoursePost(1, 1, Fixtures.DriveByMarkdown, archetype: "private_message"), ("X-Discourse-Event", "post_created")));
        Assert.Equal(WebhookEventKind.Ignored, read.Kind);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"post":"x"}""")]
    [InlineData("""{"post":{"id":1}}""")]
    [InlineData("""{"topic":{"id":1}}""")]
    public void Discourse_malformed_bodies_are_malformed_not_exceptions(string body)
    {
        Assert.Equal(WebhookEventKind.Malformed, new DiscourseAdapter().Read(Request(body, ("X-Discourse-Event", "post_edited"))).Kind);
    }

    [Fact]
    public void XenForo_post_maps_bbcode_and_keys_on_post_edit_date_and_message()
    {
        var adapter = new XenForoAdapter();
        var insert = adapter.Read(Request(Fixtures.XenForoPost(98765, "[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]"), ("XF-Content-Type", "post"), ("XF-Webhook-Event", "insert")));
        var sameUpdate = adapter.Read(Request(Fixtures.XenForoPost(98765, "[MEDIA=youtube]aBcD3fGh1jK[/MEDIA]", eventName: "update"), ("XF-Content-Type", "post"), ("XF-Webhook-Event", "update")));
        var edited = adapter.Read(Request(Fixtures.XenForoPost(98765, "Great one. [MEDIA=youtube]aBcD3fGh1jK[/MEDIA]", 1741945000, "update"), ("XF-Content-Type", "post"), ("XF-Webhook-Event", "update")));
        Assert.Equal(MarkupFormat.BbCode, insert.Post!.Format);
        Assert.Equal("98765", insert.Post.PostId);
        Assert.Equal(insert.DedupeKey, sameUpdate.DedupeKey);
        Assert.NotEqual(insert.DedupeKey, edited.DedupeKey);
    }

    [Theory]
    [InlineData("thread", "insert")]
    [InlineData("post", "delete")]
    [InlineData("report", "insert")]
    public void XenForo_other_content_and_events_are_ignored(string contentType, string eventName)
    {
        var read = new XenForoAdapter().Read(Request(Fixtures.XenForoPost(1, "x"), ("XF-Content-Type", contentType), ("XF-Webhook-Event", eventName)));
        Assert.Equal(WebhookEventKind.Ignored, read.Kind);
    }
}
