using SaySomething.Core.Documents;

namespace SaySomething.Core.Judging.OwnText;

/// <summary>A link as the reader sees it in the document, with where it sits (quote, hidden) for governance.</summary>
internal readonly record struct PostLink(
    string? Url,
    LinkOrigin Origin,
    string? MediaSite,
    string? CardSite,
    SourceSpan Span,
    bool InQuote,
    bool Hidden);
