namespace SaySomething.Core.Domains;

/// <summary>The outcome of looking a host up in the <see cref="PublicSuffixList"/>.</summary>
/// <param name="PublicSuffix">The public suffix of the host, for example <c>co.uk</c>.</param>
/// <param name="RegistrableDomain">
/// The public suffix plus one label, for example <c>example.co.uk</c>; <see langword="null"/> when the host is
/// itself a public suffix.
/// </param>
/// <param name="Section">The section of the rule that decided the suffix, or <see cref="PublicSuffixSection.None"/> for the implicit rule.</param>
/// <remarks>
/// Both names are lower case without a trailing dot. Each label is in the form the host was written in:
/// punycode stays punycode, Unicode stays Unicode.
/// </remarks>
public readonly record struct PublicSuffixMatch(string PublicSuffix, string? RegistrableDomain, PublicSuffixSection Section);
