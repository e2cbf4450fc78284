using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace SaySomething.Core.Judging.Messages;

/// <summary>
/// Short, kind messages that tell a poster what their post is missing and what to add, in ten languages. Each
/// language's sentences are whole sentences per message and kind of linked item (no nouns glued into templates), in
/// <c>Data/messages.&lt;locale&gt;.json</c>; <c>Data/README.md</c> describes the format.
/// </summary>
public static class PosterMessages
{
    /// <summary>The locale used when the one asked for is not available.</summary>
    public const string FallbackLocale = "en";

    /// <summary>Gets the locales with messages: <c>en uk ru de fr es nl pl ja zh</c>.</summary>
    public static IReadOnlyList<string> Locales { get; } = ["en", "uk", "ru", "de", "fr", "es", "nl", "pl", "ja", "zh"];

    private static readonly FrozenSet<string> s_locales = Locales.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Gets the message keys: the drive-by reasons (<see cref="VerdictNames.ToName(DriveByReason)"/>) and <c>needs_review</c>.</summary>
    public static IReadOnlyList<string> MessageKeys { get; } =
        ["no_text", "filler_only", "title_only", "copied", "description_only", "quote_only", "needs_review"];

    /// <summary>Gets the kinds of governed item a message can be about.</summary>
    public static IReadOnlyList<string> ItemKinds { get; } = ["video", "social_post", "article", "embed", "other"];

    /// <summary>Gets where copied text can come from (the <c>copiedSource</c> of <see cref="For"/>).</summary>
    public static IReadOnlyList<string> CopiedSources { get; } =
        ["card_title", "card_description", "quote", "thread_title", "url_slug", "title", "description", "article"];

    /// <summary>
    /// The message to show a poster: what is missing and what to do, in <paramref name="locale"/> (English when that
    /// locale is not available; <c>de-AT</c> or <c>zh_Hans</c> use their language).
    /// </summary>
    /// <param name="locale">A locale such as <c>de</c>, usually <c>JudgePolicy.Locale</c>.</param>
    /// <param name="messageKey"><c>no_text</c>, <c>filler_only</c>, <c>title_only</c>, <c>copied</c>, <c>description_only</c>, <c>quote_only</c> or <c>needs_review</c>.</param>
    /// <param name="itemKind">What the governed link is: <c>video</c>, <c>social_post</c>, <c>article</c>, <c>embed</c> or <c>other</c>.</param>
    /// <param name="copiedShare">For <c>copied</c>: the share of the text that is copied (0..1), shown as a whole percentage; otherwise ignored.</param>
    /// <param name="copiedSource">For <c>copied</c>: where the text comes from (see <see cref="CopiedSources"/>); otherwise ignored.</param>
    /// <returns>One to three sentences, with nothing left to fill in.</returns>
    /// <exception cref="ArgumentException">An unknown <paramref name="messageKey"/>, <paramref name="itemKind"/> or <paramref name="copiedSource"/>, or a share outside 0..1.</exception>
    public static string For(string locale, string messageKey, string itemKind, double? copiedShare = null, string? copiedSource = null)
    {
        ArgumentNullException.ThrowIfNull(locale);
        ArgumentNullException.ThrowIfNull(messageKey);
        ArgumentNullException.ThrowIfNull(itemKind);
        if (!MessageKeys.Contains(messageKey))
        {
            throw new ArgumentException($"Unknown message key '{messageKey}'; use one of {string.Join(", ", MessageKeys)}.", nameof(messageKey));
        }

        if (!ItemKinds.Contains(itemKind))
        {
            throw new ArgumentException($"Unknown item kind '{itemKind}'; use one of {string.Join(", ", ItemKinds)}.", nameof(itemKind));
        }

        if (copiedSource is not null && !CopiedSources.Contains(copiedSource))
        {
            throw new ArgumentException($"Unknown copied source '{copiedSource}'; use one of {string.Join(", ", CopiedSources)}.", nameof(copiedSource));
        }

        if (copiedShare is double share && !(share >= 0 && share <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(copiedShare), share, "A copied share is between 0 and 1.");
        }

        return Compose(locale, messageKey, itemKind, copiedShare, copiedSource);
    }

    /// <summary>
    /// <see cref="For"/> without checking the arguments, for the judge, whose keys, kinds and sources come from its
    /// own enumerations; an unknown one still fails, in the catalog lookup.
    /// </summary>
    internal static string Compose(string locale, string messageKey, string itemKind, double? copiedShare = null, string? copiedSource = null)
    {
        MessageCatalog catalog = MessageCatalog.For(ResolveLocale(locale));
        if (messageKey != "copied")
        {
            return catalog.Message(messageKey, itemKind);
        }

        string template = catalog.Message(copiedShare is null ? MessageCatalog.CopiedWithoutShare : messageKey, itemKind);
        var text = new StringBuilder(template);
        text.Replace("{source}", catalog.Source(copiedSource ?? MessageCatalog.UnknownSource, itemKind));
        if (copiedShare is double known)
        {
            text.Replace("{share}", catalog.Percent(known));
        }

        return text.ToString();
    }

    /// <summary>
    /// The locale whose messages <see cref="For"/> uses for <paramref name="locale"/>: its language when available
    /// (<c>de-AT</c> and <c>DE</c> give <c>de</c>), otherwise <see cref="FallbackLocale"/>.
    /// </summary>
    public static string ResolveLocale(string? locale)
    {
        if (locale is not null && s_locales.Contains(locale))
        {
            // Already a supported language code, as policies usually give it.
            return locale;
        }

        if (string.IsNullOrWhiteSpace(locale))
        {
            return FallbackLocale;
        }

        string language = locale.Trim();
        int separator = language.IndexOfAny(['-', '_']);
        if (separator >= 0)
        {
            language = language[..separator];
        }

        language = language.ToLowerInvariant();
        return Locales.Contains(language) ? language : FallbackLocale;
    }

    /// <summary>Formats a share (0..1) as a whole percentage in <paramref name="locale"/>'s convention ("82 %", "82%").</summary>
    public static string FormatShare(string locale, double share)
    {
        if (!(share >= 0 && share <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "A share is between 0 and 1.");
        }

        return MessageCatalog.For(ResolveLocale(locale)).Percent(share);
    }

    internal static string WholePercent(double share) =>
        ((int)Math.Round(share * 100, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}
