namespace SaySomething.Core.Providers;

/// <summary>What a link points to.</summary>
/// <param name="Provider">The platform the host belongs to; <see langword="null"/> for hosts no data file lists
/// (or for text that is not a URL).</param>
/// <param name="Kind">What the link points to; <see cref="LinkKind.Other"/> when nothing more is known.</param>
public readonly record struct LinkClassification(Provider? Provider, LinkKind Kind);
