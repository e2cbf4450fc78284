using SaySomething.Core.Providers;

namespace SaySomething.Core.Links;

/// <summary>A link found in a text, with what it points to.</summary>
/// <param name="Found">Where the address is in the text, and whether it is a web or e-mail address.</param>
/// <param name="Classification">The provider and kind; for an e-mail address no provider and <see cref="LinkKind.Other"/>.</param>
/// <param name="CanonicalId">
/// The link's identity whatever the URL form (<c>youtube:VIDEOID</c>, <c>x:STATUSID</c>, <c>url:…</c>), or null for an
/// e-mail address.
/// </param>
public readonly record struct AnalyzedLink(FoundLink Found, LinkClassification Classification, string? CanonicalId)
{
    /// <summary>Gets the provider's id (<c>youtube</c>, <c>x</c>...), or null when no provider is known.</summary>
    public string? ProviderId => Classification.Provider?.Id;

    /// <summary>Gets the kind as written in JSON and tables: <c>video</c>, <c>social_post</c>, <c>article</c>, <c>image</c>, <c>other</c> or <c>email</c>.</summary>
    public string KindName => Found.Kind == FoundLinkKind.Email ? "email" : Classification.Kind.ToName();
}
