namespace SaySomething.Core.Providers;

/// <summary>The stable names of <see cref="LinkKind"/> values used in JSON, tables and configuration.</summary>
public static class LinkKindNames
{
    /// <summary>Returns <c>video</c>, <c>social_post</c>, <c>article</c>, <c>image</c> or <c>other</c>.</summary>
    public static string ToName(this LinkKind kind) => kind switch
    {
        LinkKind.Video => "video",
        LinkKind.SocialPost => "social_post",
        LinkKind.Article => "article",
        LinkKind.Image => "image",
        _ => "other",
    };
}
