namespace SaySomething.Core.Providers;

/// <summary>What a link points to, as far as the rule is concerned.</summary>
public enum LinkKind : byte
{
    /// <summary>Nothing more specific is known about the link.</summary>
    Other,

    /// <summary>A video (YouTube watch page, TikTok video, Rumble, Vimeo...).</summary>
    Video,

    /// <summary>A post on a social network (a tweet, a Telegram message, a Facebook or Bluesky post...).</summary>
    SocialPost,

    /// <summary>A news story, blog post or other article.</summary>
    Article,

    /// <summary>An image file or an image host's page.</summary>
    Image,
}
