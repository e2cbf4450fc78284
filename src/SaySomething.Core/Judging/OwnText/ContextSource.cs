namespace SaySomething.Core.Judging.OwnText;

/// <summary>What a piece of context text is; text the poster repeats from it is not their own.</summary>
internal enum ContextKind : byte
{
    /// <summary>A link card's or onebox's title.</summary>
    CardTitle,

    /// <summary>A link card's description.</summary>
    CardDescription,

    /// <summary>The text of a titled link (<c>[URL=…]text[/URL]</c>); usually the item's title.</summary>
    LinkText,

    /// <summary>The item's title from metadata the caller gave.</summary>
    Title,

    /// <summary>The item's description from metadata.</summary>
    Description,

    /// <summary>The linked page's article text from metadata.</summary>
    Article,

    /// <summary>A quoted post.</summary>
    Quote,

    /// <summary>The thread's title.</summary>
    ThreadTitle,

    /// <summary>The words of a link's address (<c>/eu-agrees-new-sanctions</c>).</summary>
    UrlSlug,
}

/// <summary>A piece of context text.</summary>
internal readonly record struct ContextSource(ContextKind Kind, string Text);

internal static class ContextKindNames
{
    public static string ToName(this ContextKind kind) => kind switch
    {
        ContextKind.CardTitle => "card_title",
        ContextKind.CardDescription => "card_description",
        ContextKind.LinkText => "link_text",
        ContextKind.Title => "title",
        ContextKind.Description => "description",
        ContextKind.Article => "article",
        ContextKind.Quote => "quote",
        ContextKind.ThreadTitle => "thread_title",
        _ => "url_slug",
    };

    /// <summary>Whether repeating this source makes the text a title (rather than a copy or a description).</summary>
    public static bool IsTitle(this ContextKind kind) =>
        kind is ContextKind.CardTitle or ContextKind.LinkText or ContextKind.Title or ContextKind.ThreadTitle or ContextKind.UrlSlug;

    /// <summary>Whether repeating this source makes the text a description.</summary>
    public static bool IsDescription(this ContextKind kind) => kind is ContextKind.CardDescription or ContextKind.Description;
}
