namespace SaySomething.Core.Domains;

/// <summary>The part of the Public Suffix List that the deciding rule came from.</summary>
public enum PublicSuffixSection
{
    /// <summary>No rule in the list matched; the implicit rule <c>*</c> applied (the last label is the suffix).</summary>
    None = 0,

    /// <summary>A rule between <c>===BEGIN ICANN DOMAINS===</c> and its end marker: TLDs and their official levels.</summary>
    Icann = 1,

    /// <summary>A rule between <c>===BEGIN PRIVATE DOMAINS===</c> and its end marker, such as <c>github.io</c>.</summary>
    Private = 2,
}
