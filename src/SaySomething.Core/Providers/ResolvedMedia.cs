namespace SaySomething.Core.Providers;

/// <summary>A forum media embed (<c>[MEDIA=site]key[/MEDIA]</c>) mapped to what a link to it would be.</summary>
/// <param name="Provider">The provider the site belongs to.</param>
/// <param name="Kind">What the embed shows, as <see cref="ProviderRegistry.Classify"/> would say for <paramref name="Url"/>;
/// the provider's default kind when there is no URL.</param>
/// <param name="CanonicalId">The same identity <see cref="ProviderRegistry.GetCanonicalId"/> gives for a link to the
/// same item (e.g. <c>youtube:dQw4w9WgXcQ</c>); <c>site:key</c> for sites we cannot turn into a URL.</param>
/// <param name="Url">A canonical address of the item, or <see langword="null"/> when the site's key cannot be turned into one.</param>
public readonly record struct ResolvedMedia(Provider Provider, LinkKind Kind, string CanonicalId, string? Url);
