using System.Text.RegularExpressions;
using SaySomething.Core.Judging.Messages;

namespace SaySomething.Core.Tests.Judging.Messages;

/// <summary>The data files themselves: complete in every locale, placeholders only where they belong, nothing extra.</summary>
public sealed partial class MessageDataTests
{
    private static readonly string[] TemplateKeys = [.. PosterMessages.MessageKeys, MessageCatalog.CopiedWithoutShare];

    private static readonly string[] SourceKeys = [.. PosterMessages.CopiedSources, MessageCatalog.UnknownSource];

    public static TheoryData<string> Locales => [.. PosterMessages.Locales];

    [Theory]
    [MemberData(nameof(Locales))]
    public void EveryLocale_HasEveryMessageForEveryKind_AndNothingElse(string locale)
    {
        MessageCatalog catalog = MessageCatalog.For(locale);

        Assert.Equal(locale, catalog.Locale);
        Assert.Equal(TemplateKeys.Order(StringComparer.Ordinal), catalog.Messages.Keys.Order(StringComparer.Ordinal));
        foreach (string key in TemplateKeys)
        {
            Assert.Equal(PosterMessages.ItemKinds.Order(StringComparer.Ordinal), catalog.Messages[key].Keys.Order(StringComparer.Ordinal));
            Assert.All(catalog.Messages[key].Values, text => Assert.False(string.IsNullOrWhiteSpace(text)));
        }
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void EveryLocale_HasEverySource_WithADefault(string locale)
    {
        MessageCatalog catalog = MessageCatalog.For(locale);

        Assert.Equal(SourceKeys.Order(StringComparer.Ordinal), catalog.Sources.Keys.Order(StringComparer.Ordinal));
        foreach (string source in SourceKeys)
        {
            IReadOnlyDictionary<string, string> phrases = catalog.Sources[source];
            Assert.True(phrases.ContainsKey(MessageCatalog.DefaultKind), $"{locale}: source '{source}' has no default phrase");
            Assert.All(phrases.Keys, kind => Assert.True(kind == MessageCatalog.DefaultKind || PosterMessages.ItemKinds.Contains(kind), $"{locale}: source {source} has unknown kind {kind}"));
            Assert.All(phrases.Values, phrase =>
            {
                Assert.False(string.IsNullOrWhiteSpace(phrase));
                Assert.DoesNotContain("{", phrase, StringComparison.Ordinal);
            });
        }
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Placeholders_AreExactlyWhereTheyBelong(string locale)
    {
        MessageCatalog catalog = MessageCatalog.For(locale);

        foreach ((string key, IReadOnlyDictionary<string, string> byKind) in catalog.Messages)
        {
            foreach ((string kind, string text) in byKind)
            {
                string[] placeholders = [.. Placeholder().Matches(text).Select(m => m.Value)];
                string[] expected = key switch
                {
                    "copied" => ["{share}", "{source}"],
                    MessageCatalog.CopiedWithoutShare => ["{source}"],
                    _ => [],
                };
                Assert.True(
                    expected.Order(StringComparer.Ordinal).SequenceEqual(placeholders.Order(StringComparer.Ordinal)),
                    $"{locale} {key}/{kind}: placeholders [{string.Join(", ", placeholders)}], expected [{string.Join(", ", expected)}]");
                Assert.Equal(text.Count(c => c == '{'), placeholders.Length);
                Assert.Equal(text.Count(c => c == '}'), placeholders.Length);

                // {source} is never first, so no phrase needs a capital letter.
                Assert.False(text.StartsWith("{source}", StringComparison.Ordinal), $"{locale} {key}/{kind} starts with {{source}}");
            }
        }

        Assert.Equal(1, Regex.Count(catalog.PercentPattern, @"\{n\}", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Messages_AreShortSentences(string locale)
    {
        MessageCatalog catalog = MessageCatalog.For(locale);

        foreach ((string key, IReadOnlyDictionary<string, string> byKind) in catalog.Messages)
        {
            foreach ((string kind, string text) in byKind)
            {
                Assert.True(text.Length <= 220, $"{locale} {key}/{kind} is {text.Length} characters");
                Assert.True(text.EndsWith('.') || text.EndsWith('。'), $"{locale} {key}/{kind} does not end a sentence");
                Assert.Equal(text.Trim(), text);
            }
        }
    }

    [Fact]
    public void EveryLocaleFile_IsEmbedded()
    {
        string[] names = typeof(PosterMessages).Assembly.GetManifestResourceNames();

        Assert.All(PosterMessages.Locales, locale => Assert.Contains(MessageCatalog.ResourceName(locale), names));
        Assert.Equal(
            PosterMessages.Locales.Count,
            names.Count(n => n.StartsWith("SaySomething.Core.Judging.Messages.Data.messages.", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\{[a-z]+\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Placeholder();
}
