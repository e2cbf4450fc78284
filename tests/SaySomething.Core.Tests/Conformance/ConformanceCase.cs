using SaySomething.Core.Links;

namespace SaySomething.Core.Tests.Conformance;

/// <summary>How a case's expected links are compared with what the extractor found.</summary>
internal enum MatchMode
{
    /// <summary>
    /// The found web addresses (<see cref="FoundLinkKind.Url"/> only; e-mails are ignored) must equal the expected
    /// list in order; when the expected links carry offsets, those must match too.
    /// </summary>
    UrlSequence,

    /// <summary>
    /// The first link found (of either kind) must have the expected text and kind, both in the input as given and
    /// in the input wrapped in <c>\n</c> (linkify-it checks both).
    /// </summary>
    FirstLink,

    /// <summary>No link of either kind may be found.</summary>
    NoLink,

    /// <summary>The found links of both kinds must equal the expected ones as a multiset of (kind, text).</summary>
    LinkMultiset,

    /// <summary>The only assertion is that extraction completes without throwing.</summary>
    NoCrash,
}

/// <summary>A link the peer suite expects.</summary>
/// <param name="Text">The link exactly as written in the input.</param>
/// <param name="Kind">Whether the peer treats it as a web address or an e-mail address.</param>
/// <param name="Start">UTF-16 start offset when the suite gives one.</param>
/// <param name="End">UTF-16 end offset (exclusive) when the suite gives one.</param>
internal sealed record ExpectedLink(string Text, FoundLinkKind Kind, int? Start = null, int? End = null);

/// <summary>One case of a peer suite, loaded from the shared data at test time.</summary>
/// <param name="Suite">The suite name, such as <c>twitter-text</c>.</param>
/// <param name="Id">Stable id used as theory row and in <c>deviations.tsv</c>, such as <c>twitter-text/urls/12</c>.</param>
/// <param name="Input">The text given to the extractor.</param>
/// <param name="Expected">The links the peer expects (empty for negative cases).</param>
/// <param name="Mode">How <paramref name="Expected"/> is compared.</param>
/// <param name="Description">What the case checks, in the peer's words where it has some.</param>
/// <param name="Source">Where the case is in the shared data (file and line or example number).</param>
internal sealed record ConformanceCase(
    string Suite,
    string Id,
    string Input,
    IReadOnlyList<ExpectedLink> Expected,
    MatchMode Mode,
    string Description,
    string Source);
