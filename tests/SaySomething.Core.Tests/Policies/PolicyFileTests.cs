using SaySomething.Core.Policies;

namespace SaySomething.Core.Tests.Policies;

/// <summary>What a valid policy file gives: defaults, presets, each key, and the merge order top → community → section.</summary>
public sealed class PolicyFileTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("---\n...\n")]
    [InlineData("~\n")]
    [InlineData("\uFEFF")]
    public void EmptyFile_GivesTheDefaults(string yaml)
    {
        PolicySet set = PolicyFile.Parse(yaml);

        Assert.Equal(JudgePolicy.Default, set.Defaults);
        Assert.Empty(set.Communities);
        Assert.Equal(JudgePolicy.Default, set.Resolve("gardening", "news"));
    }

    [Fact]
    public void EmptyMapping_GivesTheDefaults()
    {
        Assert.Equal(JudgePolicy.Default, PolicyFile.Parse("{}").Defaults);
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        JudgePolicy policy = PolicyFile.Parse(string.Empty).Defaults;

        Assert.Equal(Strictness.Standard, policy.Strictness);
        Assert.Equal(GovernedLinks.SocialVideoAndArticles, policy.Governed);
        Assert.Equal(1, policy.MinOwnWords);
        Assert.Equal(0.6, policy.ReviewBelow);
        Assert.Equal(0.6, policy.CopiedShare);
        Assert.False(policy.CodeCounts);
        Assert.Empty(policy.AllowedDomains);
        Assert.Empty(policy.ForumHosts);
        Assert.Equal("en", policy.Locale);
    }

    [Fact]
    public void LenientPreset_IsLenientWithThreeOwnWords()
    {
        JudgePolicy policy = PolicyFile.Parse("preset: lenient").Defaults;

        Assert.Equal(Strictness.Lenient, policy.Strictness);
        Assert.Equal(3, policy.MinOwnWords);
        Assert.Equal(JudgePolicy.Default with { Strictness = Strictness.Lenient, MinOwnWords = 3 }, policy);
    }

    [Fact]
    public void LenientPreset_KeepsAnExplicitMinOwnWords()
    {
        Assert.Equal(5, PolicyFile.Parse("preset: lenient\nmin_own_words: 5").Defaults.MinOwnWords);
        Assert.Equal(1, PolicyFile.Parse("min_own_words: 1\npreset: lenient").Defaults.MinOwnWords);
    }

    [Fact]
    public void StandardPreset_IsTheDefaults()
    {
        Assert.Equal(JudgePolicy.Default, PolicyFile.Parse("preset: standard").Defaults);
    }

    [Fact]
    public void StrictPreset_IsStrict()
    {
        Assert.Equal(JudgePolicy.Default with { Strictness = Strictness.Strict }, PolicyFile.Parse("preset: strict").Defaults);
    }

    [Theory]
    [InlineData("Strict")]
    [InlineData("STRICT")]
    [InlineData("'strict'")]
    [InlineData("\"strict\"")]
    public void PresetNames_IgnoreCaseAndQuotes(string value)
    {
        Assert.Equal(Strictness.Strict, PolicyFile.Parse("preset: " + value).Defaults.Strictness);
    }

    [Theory]
    [InlineData("social_and_video", GovernedLinks.SocialAndVideo)]
    [InlineData("social_video_and_articles", GovernedLinks.SocialVideoAndArticles)]
    [InlineData("any_external", GovernedLinks.AnyExternal)]
    public void Governed_EachValue(string value, GovernedLinks expected)
    {
        Assert.Equal(expected, PolicyFile.Parse("governed: " + value).Defaults.Governed);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    [InlineData("1000", 1000)]
    [InlineData("'12'", 12)]
    public void MinOwnWords_WholeNumbersInRange(string value, int expected)
    {
        Assert.Equal(expected, PolicyFile.Parse("min_own_words: " + value).Defaults.MinOwnWords);
    }

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("0.75", 0.75)]
    [InlineData("1", 1.0)]
    [InlineData("1.0", 1.0)]
    public void ReviewBelow_NumbersInRange(string value, double expected)
    {
        Assert.Equal(expected, PolicyFile.Parse("review_below: " + value).Defaults.ReviewBelow);
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("0.8", 0.8)]
    [InlineData(".25", 0.25)]
    [InlineData("1", 1.0)]
    public void CopiedShare_NumbersInRange(string value, double expected)
    {
        Assert.Equal(expected, PolicyFile.Parse("copied_share: " + value).Defaults.CopiedShare);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    public void CodeCounts_Booleans(string value, bool expected)
    {
        Assert.Equal(expected, PolicyFile.Parse("code_counts: " + value).Defaults.CodeCounts);
    }

    [Fact]
    public void AllowedDomains_AreNormalisedAndDeduplicated()
    {
        JudgePolicy policy = PolicyFile.Parse("allowed_domains: [Example.ORG, wikipedia.org., bücher.de, example.org, 食狮.中国]").Defaults;

        Assert.Equal(["example.org", "wikipedia.org", "xn--bcher-kva.de", "xn--85x722f.xn--fiqs8s"], policy.AllowedDomains);
    }

    [Fact]
    public void AllowedDomains_BlockListForm()
    {
        JudgePolicy policy = PolicyFile.Parse("allowed_domains:\n  - example.org\n  - docs.example.net\n").Defaults;

        Assert.Equal(["example.org", "docs.example.net"], policy.AllowedDomains);
    }

    [Fact]
    public void ForumHosts_AcceptSingleLabelHosts()
    {
        JudgePolicy policy = PolicyFile.Parse("forum_hosts: [Forum.Example.com, localhost, 'www.example.com']").Defaults;

        Assert.Equal(["forum.example.com", "localhost", "www.example.com"], policy.ForumHosts);
    }

    [Fact]
    public void EmptyLists_AreAllowed()
    {
        JudgePolicy policy = PolicyFile.Parse("allowed_domains: []\nforum_hosts: []").Defaults;

        Assert.Empty(policy.AllowedDomains);
        Assert.Empty(policy.ForumHosts);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("nl")]
    [InlineData("pl")]
    [InlineData("ja")]
    [InlineData("zh")]
    public void Locale_EachSupportedLocale(string locale)
    {
        Assert.Equal(locale, PolicyFile.Parse("locale: " + locale).Defaults.Locale);
        Assert.Equal(locale, PolicyFile.Parse("locale: " + locale.ToUpperInvariant()).Defaults.Locale);
    }

    [Fact]
    public void EveryKey_AtTheTop()
    {
        const string Yaml = """
            preset: strict
            governed: any_external
            min_own_words: 4
            review_below: 0.7
            copied_share: 0.5
            code_counts: true
            allowed_domains: [example.org]
            forum_hosts: [forum.example.com]
            locale: de
            """;

        var expected = new JudgePolicy
        {
            Strictness = Strictness.Strict,
            Governed = GovernedLinks.AnyExternal,
            MinOwnWords = 4,
            ReviewBelow = 0.7,
            CopiedShare = 0.5,
            CodeCounts = true,
            Locale = "de",
        };
        JudgePolicy actual = PolicyFile.Parse(Yaml).Defaults;

        Assert.Equal(expected, actual with { AllowedDomains = [], ForumHosts = [] });
        Assert.Equal(["example.org"], actual.AllowedDomains);
        Assert.Equal(["forum.example.com"], actual.ForumHosts);
    }

    [Fact]
    public void Merging_TopThenCommunityThenSection()
    {
        const string Yaml = """
            governed: social_and_video
            min_own_words: 2
            locale: fr
            allowed_domains: [example.org]
            communities:
              gardening:
                preset: strict
                min_own_words: 4
                sections:
                  news:
                    governed: any_external
                  chat:
                    allowed_domains: [garden.example]
              cooking:
            """;

        PolicySet set = PolicyFile.Parse(Yaml);

        JudgePolicy top = set.Defaults;
        Assert.Equal((Strictness.Standard, GovernedLinks.SocialAndVideo, 2, "fr"), (top.Strictness, top.Governed, top.MinOwnWords, top.Locale));

        JudgePolicy gardening = set.Resolve("gardening", null);
        Assert.Equal((Strictness.Strict, GovernedLinks.SocialAndVideo, 4, "fr"), (gardening.Strictness, gardening.Governed, gardening.MinOwnWords, gardening.Locale));
        Assert.Equal(["example.org"], gardening.AllowedDomains);

        JudgePolicy news = set.Resolve("gardening", "news");
        Assert.Equal((Strictness.Strict, GovernedLinks.AnyExternal, 4, "fr"), (news.Strictness, news.Governed, news.MinOwnWords, news.Locale));

        // A list replaces the one above it.
        Assert.Equal(["garden.example"], set.Resolve("gardening", "chat").AllowedDomains);

        // An unknown section gets the community's policy; an unknown community the top's.
        Assert.Equal(gardening, set.Resolve("gardening", "other"));
        Assert.Equal(top, set.Resolve("other", "news"));

        // A community with no settings has the top's.
        Assert.Equal(top, set.Resolve("cooking", null));
        Assert.Equal(["cooking", "gardening"], set.Communities.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Merging_SectionOverridesCommunityOverridesTop()
    {
        const string Yaml = """
            review_below: 0.9
            communities:
              a:
                review_below: 0.8
                sections:
                  b:
                    review_below: 0.7
                  c: {}
            """;

        PolicySet set = PolicyFile.Parse(Yaml);

        Assert.Equal(0.9, set.Defaults.ReviewBelow);
        Assert.Equal(0.8, set.Resolve("a", null).ReviewBelow);
        Assert.Equal(0.7, set.Resolve("a", "b").ReviewBelow);
        Assert.Equal(0.8, set.Resolve("a", "c").ReviewBelow);
    }

    [Fact]
    public void Merging_LenientPresetBelow_KeepsAMinOwnWordsSetAbove()
    {
        const string Yaml = """
            min_own_words: 2
            communities:
              a:
                preset: lenient
              b:
                preset: lenient
                sections:
                  s:
                    min_own_words: 6
            """;

        PolicySet set = PolicyFile.Parse(Yaml);

        Assert.Equal((Strictness.Lenient, 2), (set.Resolve("a", null).Strictness, set.Resolve("a", null).MinOwnWords));
        Assert.Equal(6, set.Resolve("b", "s").MinOwnWords);
    }

    [Fact]
    public void Merging_PresetBelowALenientTop_DropsTheLenientWordCount()
    {
        const string Yaml = """
            preset: lenient
            communities:
              a:
                preset: standard
                sections:
                  s:
                    preset: lenient
            """;

        PolicySet set = PolicyFile.Parse(Yaml);

        Assert.Equal(3, set.Defaults.MinOwnWords);
        Assert.Equal(JudgePolicy.Default, set.Resolve("a", null));
        Assert.Equal((Strictness.Lenient, 3), (set.Resolve("a", "s").Strictness, set.Resolve("a", "s").MinOwnWords));
    }

    [Fact]
    public void CommunityAndSectionIds_MayUseDigitsDashesAndUnderscores()
    {
        string longId = new('x', 64);
        PolicySet set = PolicyFile.Parse($"communities:\n  2024-meta_x:\n    sections:\n      {longId}:\n        preset: strict\n");

        Assert.Equal(Strictness.Strict, set.Resolve("2024-meta_x", longId).Strictness);
    }

    [Fact]
    public void FlowStyleAndComments_Work()
    {
        PolicySet set = PolicyFile.Parse("{preset: strict, communities: {a: {sections: {b: {locale: ja}}}}} # trailing comment");

        Assert.Equal("ja", set.Resolve("a", "b").Locale);
        Assert.Equal(Strictness.Strict, set.Resolve("a", "b").Strictness);
    }

    [Fact]
    public void Load_ReadsAFile_WithOrWithoutByteOrderMark()
    {
        string path = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "preset: strict\nlocale: uk\n"u8]);
            JudgePolicy policy = PolicyFile.Load(path).Defaults;
            Assert.Equal((Strictness.Strict, "uk"), (policy.Strictness, policy.Locale));

            File.WriteAllText(path, string.Empty);
            Assert.Equal(JudgePolicy.Default, PolicyFile.Load(path).Defaults);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("fetch: off", FetchSetting.Off)]
    [InlineData("fetch: Cache_Only", FetchSetting.CacheOnly)]
    [InlineData("fetch: on", FetchSetting.On)]
    [InlineData("", FetchSetting.On)]
    public void Fetch_IsReadAndDefaultsToOn(string yaml, FetchSetting expected)
    {
        Assert.Equal(expected, PolicyFile.Parse(yaml, "policy.yaml").Defaults.Fetch);
    }

    [Fact]
    public void Fetch_SectionOverridesTheTop()
    {
        var set = PolicyFile.Parse("fetch: on\ncommunities:\n  c:\n    sections:\n      s:\n        fetch: off\n", "policy.yaml");

        Assert.Equal((FetchSetting.On, FetchSetting.Off), (set.Resolve("c", null).Fetch, set.Resolve("c", "s").Fetch));
    }

    [Theory]
    [InlineData("fetch: cache-only", "fetch: 'cache-only' is not allowed (did you mean 'cache_only'?); use off, cache_only or on")]
    [InlineData("fetch: true", "fetch: 'true' is not allowed; use off, cache_only or on")]
    public void Fetch_BadValue_SaysWhatToWrite(string yaml, string expected)
    {
        var error = Assert.Throws<PolicyException>(() => PolicyFile.Parse(yaml, "policy.yaml"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
