using SaySomething.Core.Judging.Messages;

namespace SaySomething.Core.Tests.Judging.Messages;

/// <summary>Messages to the poster: what they say in English, and that every locale is complete and fills every placeholder.</summary>
public sealed class PosterMessagesTests
{
    public static TheoryData<string> Locales => [.. PosterMessages.Locales];

    [Theory]
    [InlineData("no_text", "video", "You're sharing a video. Add a sentence about what you think of it.")]
    [InlineData("title_only", "video", "Your text is the video's title. Add a sentence about what you think of it.")]
    [InlineData("filler_only", "article", "Your text doesn't yet say what you think of the article. Add a sentence with your view or a question about it.")]
    [InlineData("description_only", "video", "Your text describes what the video shows, like its caption. Add a sentence about what you think of it.")]
    [InlineData("quote_only", "video", "You quoted another member and shared a video, but didn't add anything yourself. Add a sentence of your own about it.")]
    [InlineData("needs_review", "video", "We couldn't tell whether your text is a comment on the video. A moderator will take a look; a sentence about what you think of it would make it clear.")]
    [InlineData("no_text", "social_post", "You're sharing a social media post. Add a sentence about what you think of it.")]
    [InlineData("title_only", "article", "Your text is the article's headline. Add a sentence about what you think of it.")]
    public void English_ReadsAsSpecified(string key, string kind, string expected)
    {
        Assert.Equal(expected, PosterMessages.For("en", key, kind));
    }

    [Fact]
    public void English_Copied_WithShareAndSource()
    {
        Assert.Equal(
            "82 % of your text is the video's description. Add a sentence about what you think of it.",
            PosterMessages.For("en", "copied", "video", 0.82, "card_description"));
        Assert.Equal(
            "40 % of your text is copied from the article. Add a sentence about what you think of it.",
            PosterMessages.For("en", "copied", "article", 0.4, "article"));
    }

    [Fact]
    public void English_Copied_WithoutShareOrSource()
    {
        Assert.Equal("Most of your text is the thread's title. Add a sentence about what you think of it.", PosterMessages.For("en", "copied", "video", copiedSource: "thread_title"));
        Assert.Equal("Most of your text is copied from elsewhere. Add a sentence about what you think of it.", PosterMessages.For("en", "copied", "other"));
        Assert.Equal("75 % of your text is copied from elsewhere. Add a sentence about what you think of it.", PosterMessages.For("en", "copied", "other", 0.75));
    }

    [Fact]
    public void SourcePhrase_DependsOnTheKind()
    {
        Assert.Contains("the video's title", PosterMessages.For("en", "copied", "video", 0.9, "title"), StringComparison.Ordinal);
        Assert.Contains("the article's headline", PosterMessages.For("en", "copied", "article", 0.9, "title"), StringComparison.Ordinal);
        Assert.Contains("the title of the linked page", PosterMessages.For("en", "copied", "other", 0.9, "title"), StringComparison.Ordinal);
        Assert.Contains("der Beschreibung des Videos", PosterMessages.For("de", "copied", "video", 0.9, "description"), StringComparison.Ordinal);
    }

    [Fact]
    public void Copied_InOtherLanguages()
    {
        Assert.Equal(
            "82\u00a0% deines Textes stammen aus der Beschreibung des Videos. Schreib einen Satz dazu, was du davon hältst.",
            PosterMessages.For("de", "copied", "video", 0.82, "card_description"));
        Assert.Equal(
            "82\u202f% de votre texte reprend la description de la vidéo. Ajoutez une phrase pour dire ce que vous en pensez.",
            PosterMessages.For("fr", "copied", "video", 0.82, "card_description"));
        Assert.Equal(
            "本文の82%が動画の説明文です。あなたの感想をひとこと添えてください。",
            PosterMessages.For("ja", "copied", "video", 0.82, "card_description"));
    }

    [Theory]
    [InlineData("en", "82 %")]
    [InlineData("de", "82\u00a0%")]
    [InlineData("fr", "82\u202f%")]
    [InlineData("es", "82\u00a0%")]
    [InlineData("ru", "82\u00a0%")]
    [InlineData("uk", "82%")]
    [InlineData("nl", "82%")]
    [InlineData("pl", "82%")]
    [InlineData("ja", "82%")]
    [InlineData("zh", "82%")]
    public void Share_IsAWholePercentageInTheLocalesConvention(string locale, string expected)
    {
        Assert.Equal(expected, PosterMessages.FormatShare(locale, 0.82));
        Assert.Contains(expected, PosterMessages.For(locale, "copied", "video", 0.82, "title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "0 %")]
    [InlineData(0.004, "0 %")]
    [InlineData(0.6049, "60 %")]
    [InlineData(0.6051, "61 %")]
    [InlineData(0.999, "100 %")]
    [InlineData(1.0, "100 %")]
    public void Share_IsRounded(double share, string expected)
    {
        Assert.Equal(expected, PosterMessages.FormatShare("en", share));
    }

    [Theory]
    [InlineData("it")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("xx-YY")]
    [InlineData("english")]
    public void UnknownLocale_FallsBackToEnglish(string locale)
    {
        Assert.Equal("en", PosterMessages.ResolveLocale(locale));
        Assert.Equal(PosterMessages.For("en", "no_text", "video"), PosterMessages.For(locale, "no_text", "video"));
    }

    [Theory]
    [InlineData("de-AT", "de")]
    [InlineData("DE", "de")]
    [InlineData("zh_Hans", "zh")]
    [InlineData("pt-BR", "en")]
    [InlineData(" uk ", "uk")]
    public void RegionalLocales_UseTheirLanguage(string locale, string expected)
    {
        Assert.Equal(expected, PosterMessages.ResolveLocale(locale));
        Assert.Equal(PosterMessages.For(expected, "filler_only", "article"), PosterMessages.For(locale, "filler_only", "article"));
    }

    [Theory]
    [InlineData("drive_by", "video", null)]
    [InlineData("No_Text", "video", null)]
    [InlineData("no_text", "image", null)]
    [InlineData("no_text", "Video", null)]
    [InlineData("copied", "video", "page")]
    public void UnknownKeyKindOrSource_IsAProgrammingError(string key, string kind, string? source)
    {
        Assert.Throws<ArgumentException>(() => PosterMessages.For("en", key, kind, 0.5, source));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ShareOutsideZeroToOne_IsAProgrammingError(double share)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PosterMessages.For("en", "copied", "video", share, "title"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PosterMessages.FormatShare("en", share));
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PosterMessages.For(null!, "no_text", "video"));
        Assert.Throws<ArgumentNullException>(() => PosterMessages.For("en", null!, "video"));
        Assert.Throws<ArgumentNullException>(() => PosterMessages.For("en", "no_text", null!));
    }

    [Fact]
    public void ShareAndSource_AreIgnoredByOtherMessages()
    {
        Assert.Equal(PosterMessages.For("en", "title_only", "video"), PosterMessages.For("en", "title_only", "video", 0.5, "title"));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void EveryOutput_IsFilledIn(string locale)
    {
        string?[] sources = [null, .. PosterMessages.CopiedSources];
        foreach (string key in PosterMessages.MessageKeys)
        {
            foreach (string kind in PosterMessages.ItemKinds)
            {
                foreach (string? source in sources)
                {
                    foreach (double? share in new double?[] { null, 0.82 })
                    {
                        string message = PosterMessages.For(locale, key, kind, share, source);
                        Assert.False(string.IsNullOrWhiteSpace(message));
                        Assert.DoesNotContain("{", message, StringComparison.Ordinal);
                        Assert.DoesNotContain("}", message, StringComparison.Ordinal);
                        Assert.Equal(message.Trim(), message);
                        Assert.DoesNotContain("  ", message, StringComparison.Ordinal);
                        if (key == "copied" && share is not null)
                        {
                            Assert.Contains(PosterMessages.FormatShare(locale, 0.82), message, StringComparison.Ordinal);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void OtherLocales_AreTranslated(string locale)
    {
        if (locale == "en")
        {
            return;
        }

        foreach (string key in PosterMessages.MessageKeys)
        {
            foreach (string kind in PosterMessages.ItemKinds)
            {
                Assert.NotEqual(PosterMessages.For("en", key, kind, 0.5, "title"), PosterMessages.For(locale, key, kind, 0.5, "title"));
            }
        }
    }
}
