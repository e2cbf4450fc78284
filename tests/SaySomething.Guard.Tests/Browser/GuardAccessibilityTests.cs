using System.Globalization;
using Microsoft.Playwright;
using SaySomething.Guard.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SaySomething.Guard.Tests.Browser;

/// <summary>The hint for everyone: announced politely, reachable and operable by keyboard, readable, calm.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class GuardAccessibilityTests(Chromium chromium)
{
    [BrowserFact]
    public async Task Hint_is_a_polite_live_region_that_describes_the_composer_and_its_buttons_work_by_keyboard()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        var page = await session.OpenAsync("keyboard", ForumMarkup.TextareaForm);
        var live = page.Locator(".ss-guard-message");
        await Expect(live).ToHaveAttributeAsync("role", "status");
        await Expect(live).ToHaveAttributeAsync("aria-live", "polite");
        string liveId = (await live.GetAttributeAsync("id"))!;
        Assert.Contains(liveId, await page.Locator("#composer").GetAttributeAsync("aria-describedby"), StringComparison.Ordinal);

        var composer = page.Locator("#composer");
        await composer.FillAsync("lol\n" + ForumMarkup.BareLink);
        await Expect(live).ToContainTextAsync("Add a sentence");
        await composer.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Show which words count" });
        await Expect(toggle).ToBeFocusedAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Keyboard.PressAsync("Enter");
        var hide = page.GetByRole(AriaRole.Button, new() { Name = "Hide which words count" });
        await Expect(hide).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Locator(".ss-guard-words")).ToContainTextAsync("No words count as your own yet.");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dismiss" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(live).ToHaveTextAsync("");
        await Expect(composer).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task Words_that_count_as_the_posters_own_are_marked_with_a_label_for_screen_readers()
    {
        await using var session = await GuardBrowserSession.StartAsync(chromium);
        // A lenient community asks for three words of one's own: two are marked, and the hint stays.
        var community = new SaySomething.Storage.Entities.Community
        {
            Id = GuardBrowserSession.Community, Name = "forum", Platform = "discourse", WebhookSecret = "a-secret-of-enough-length",
            PolicyPreset = "lenient", GuardOrigins = session.Forum.Origin,
        };
        Assert.Null(await SaySomething.Storage.Communities.CommunitySettings.SaveAsync(session.Service.Store, community, "test", TimeProvider.System));
        var page = await session.OpenAsync("marks", ForumMarkup.TextareaForm);
        await page.Locator("#composer").FillAsync("Interesting stuff.\n" + ForumMarkup.BareLink);
        await Expect(page.Locator(".ss-guard")).ToHaveAttributeAsync("data-ss-state", "hint");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show which words count" }).ClickAsync();
        var mark = page.Locator(".ss-guard-words mark");
        await Expect(mark).ToHaveCountAsync(1);
        await Expect(mark).ToContainTextAsync("Interesting stuff.");
        await Expect(mark.Locator(".ss-guard-sr").First).ToHaveTextAsync("your words: ");
    }

    [BrowserFact]
    public async Task Hint_text_and_buttons_have_readable_contrast_and_motion_follows_the_posters_setting()
    {
        foreach (var (motion, expected) in new[] { (ReducedMotion.Reduce, "none"), (ReducedMotion.NoPreference, "ss-guard-in") })
        {
            await using var session = await GuardBrowserSession.StartAsync(chromium, new BrowserNewContextOptions { ReducedMotion = motion });
            var page = await session.OpenAsync("motion", ForumMarkup.TextareaForm);
            await page.Locator("#composer").FillAsync(ForumMarkup.BareLink);
            await Expect(page.Locator(".ss-guard")).ToHaveAttributeAsync("data-ss-state", "hint");
            Assert.Equal(expected, await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.ss-guard')).animationName"));
            foreach (string selector in new[] { ".ss-guard", ".ss-guard button" })
            {
                string color = await page.EvaluateAsync<string>($"() => getComputedStyle(document.querySelector('{selector}')).color");
                string background = await page.EvaluateAsync<string>($"() => getComputedStyle(document.querySelector('{selector}')).backgroundColor");
                double ratio = Contrast(color, background);
                Assert.True(ratio >= 7, $"{selector}: {color} on {background} has contrast {ratio:0.0}; at least 7 is wanted (WCAG AAA).");
            }
        }
    }

    /// <summary>The WCAG contrast ratio of two computed <c>rgb(...)</c> colours.</summary>
    private static double Contrast(string a, string b)
    {
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(', StringComparison.Ordinal) + 1)..rgb.IndexOf(')', StringComparison.Ordinal)]
            .Split(',').Take(3).Select(p => double.Parse(p.Trim(), CultureInfo.InvariantCulture) / 255).ToArray();
        double Channel(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        return (0.2126 * Channel(parts[0])) + (0.7152 * Channel(parts[1])) + (0.0722 * Channel(parts[2]));
    }
}
