using Microsoft.Playwright;
using SaySomething.Guard.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SaySomething.Guard.Tests.Browser;

/// <summary>The guard on a forum page of another origin, through the real service and CORS: hints as the poster types.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class GuardHintTests(Chromium chromium)
{
    private const string VideoHint = "You're sharing a video. Add a sentence about what you think of it.";

    [BrowserFact]
    public async Task Typing_a_bare_YouTube_link_shows_the_hint_that_names_the_problem_and_the_fix()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("bare", ForumMarkup.TextareaForm);
        await page.Locator("#composer").PressSequentiallyAsync(ForumMarkup.BareLink);
        await Expect(page.Locator(".ss-guard-message")).ToHaveTextAsync(VideoHint);
        await Expect(page.Locator(".ss-guard")).ToHaveAttributeAsync("data-ss-state", "hint");
    }

    [BrowserFact]
    public async Task Adding_a_genuine_sentence_clears_the_hint()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("sentence", ForumMarkup.TextareaForm);
        var composer = page.Locator("#composer");
        await composer.FillAsync(ForumMarkup.BareLink);
        await Expect(page.Locator(".ss-guard-message")).ToHaveTextAsync(VideoHint);
        await composer.PressAsync("Home");
        await composer.PressSequentiallyAsync(ForumMarkup.Sentence + "\n");
        await Expect(page.Locator(".ss-guard")).ToHaveAttributeAsync("data-ss-state", "ok");
        await Expect(page.Locator(".ss-guard-message")).ToHaveTextAsync("Thanks: your post says something of its own.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show which words count" })).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task The_video_title_pasted_alone_keeps_the_hint_with_the_title_reason_when_a_card_gives_the_title()
    {
        const string title = "the night the port stopped and nobody noticed";
        const string link = "https://www.youtube.com/watch?v=Rb7Kp2QwZ1s";
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("title", ForumMarkup.TextareaForm);

        // Without the card the words read as the poster's own (a plain sentence)...
        await page.Locator("#composer").FillAsync(title + "\n" + link);
        await Expect(page.Locator(".ss-guard-message")).ToHaveTextAsync("");
        var verdict = await page.EvaluateAsync<string>("() => SaySomethingGuard.check(document.getElementById('composer')).then(v => v.verdict)");
        Assert.Equal("commented", verdict);

        // ...with the link card the forum shows for it, they are the video's title.
        await page.EvaluateAsync($$"""
            () => {
              const card = document.createElement('div');
              card.setAttribute('data-saysomething-card-url', '{{link}}');
              card.setAttribute('data-saysomething-card-title', '{{title}}');
              document.getElementById('cards').appendChild(card);
              document.getElementById('composer').dispatchEvent(new Event('input', { bubbles: true }));
            }
            """);
        await Expect(page.Locator(".ss-guard-message")).ToHaveTextAsync("Your text is the video's title. Add a sentence about what you think of it.");
        await page.Locator("#composer").FillAsync(title + "!\n" + link);
        await Expect(page.Locator(".ss-guard-message")).ToContainTextAsync("video's title");
    }

    [BrowserFact]
    public async Task The_title_given_as_link_metadata_by_the_forum_counts_the_same()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("metadata", ForumMarkup.TextareaForm);
        await page.EvaluateAsync("""
            () => SaySomethingGuard.setMetadata(document.getElementById('composer'),
              [{ url: 'https://www.youtube.com/watch?v=Rb7Kp2QwZ1s', title: 'the night the port stopped and nobody noticed' }])
            """);
        await page.Locator("#composer").FillAsync("the night the port stopped and nobody noticed\nhttps://www.youtube.com/watch?v=Rb7Kp2QwZ1s");
        await Expect(page.Locator(".ss-guard-message")).ToContainTextAsync("Your text is the video's title");
    }

    [BrowserFact]
    public async Task A_contenteditable_composer_XenForo_style_gets_the_hint_after_its_editor_box()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("xenforo", ForumMarkup.XenForoEditor);
        var editor = page.Locator(".fr-element");
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync(ForumMarkup.BareLink);
        await Expect(page.Locator(".ss-guard-message")).ToHaveTextAsync(VideoHint);
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.fr-box').nextElementSibling.classList.contains('ss-guard')"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync(ForumMarkup.Sentence);
        await Expect(page.Locator(".ss-guard")).ToHaveAttributeAsync("data-ss-state", "ok");
    }
}
