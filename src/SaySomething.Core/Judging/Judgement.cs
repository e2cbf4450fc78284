namespace SaySomething.Core.Judging;

/// <summary>
/// The judge's answer for one post: the verdict, why, the words that counted, and a message for the poster. The JSON
/// form (<see cref="JudgementJson"/>) is the contract of <c>saysomething check --json</c> and of the service.
/// </summary>
public sealed class Judgement
{
    /// <summary>Gets the decision.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Gets why the post is a drive-by; <see cref="DriveByReason.None"/> for every other verdict.</summary>
    public DriveByReason Reason { get; init; }

    /// <summary>Gets how sure the judge is of <see cref="Verdict"/>, from 0.5 (a coin toss) to 1.</summary>
    public double Confidence { get; init; }

    /// <summary>Gets the poster's own words (what counted), joined with single spaces or line breaks.</summary>
    public string OwnWords { get; init; } = "";

    /// <summary>Gets the number of distinct meaningful own words (padding, repetition and filler excluded).</summary>
    public int OwnWordCount { get; init; }

    /// <summary>Gets every link a reader sees, governed or not, in source order.</summary>
    public IReadOnlyList<JudgedLink> Links { get; init; } = [];

    /// <summary>Gets the language of the own words (ISO 639-1), or <c>und</c> when there are too few to tell.</summary>
    public string Language { get; init; } = "und";

    /// <summary>Gets a value indicating whether the thought scorer supports <see cref="Language"/>; when not, own words are counted instead.</summary>
    public bool LanguageSupported { get; init; } = true;

    /// <summary>Gets a short, kind message for the poster in the policy's locale; empty when nothing is asked of them.</summary>
    public string Message { get; init; } = "";

    /// <summary>Gets the observations the verdict rests on, most important first.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Gets the source ranges with their role, for highlighting: own words, quoted, copied, filler, links.</summary>
    public IReadOnlyList<MarkedSpan> Spans { get; init; } = [];

    /// <summary>Gets how much of the candidate text repeats each context source.</summary>
    public IReadOnlyList<CopyShare> Copies { get; init; } = [];

    /// <summary>Gets the thought-scorer features that fired, with their weights (empty when no scoring was needed).</summary>
    public IReadOnlyList<FiredFeature> Features { get; init; } = [];

    /// <summary>Gets the thought score (log-odds that the candidate text is the poster's own thought), or null when not scored.</summary>
    public double? ThoughtScore { get; init; }

    /// <summary>Gets what became of each governed link's metadata, as the caller gathered it (empty when it gathered none).</summary>
    public IReadOnlyList<LinkMetadataStatus> MetadataStatus { get; init; } = [];

    /// <summary>Gets a note when the post could not be read as its format (read as plain text, or refused), else null.</summary>
    public string? ReadNote { get; init; }
}

/// <summary>A link in the post and whether the policy governs it.</summary>
/// <param name="Url">The address, or null when the post shows an embed whose address is unknown (a consent placeholder).</param>
/// <param name="Provider">The provider id (<c>youtube</c>, <c>x</c>, <c>reuters</c>), or null.</param>
/// <param name="Kind">The kind name: <c>video</c>, <c>social_post</c>, <c>article</c>, <c>image</c>, <c>other</c>, <c>email</c>, <c>embed</c>.</param>
/// <param name="Canonical">The canonical id (<c>youtube:ID</c>), or null.</param>
/// <param name="Governed">Whether the policy requires a comment for this link.</param>
/// <param name="Start">Where the link starts in the post's text (UTF-16 offset).</param>
/// <param name="End">Where the link ends in the post's text (exclusive).</param>
/// <param name="Why">Why the link is or is not governed, in a few words (<c>video</c>, <c>inside a quote</c>, <c>allow-listed domain</c>).</param>
public sealed record JudgedLink(string? Url, string? Provider, string Kind, string? Canonical, bool Governed, int Start, int End, string Why);

/// <summary>One observation behind a verdict.</summary>
/// <param name="Code">A stable snake_case code (<c>copied_from_card</c>, <c>padding</c>, <c>filler</c>, <c>language_unsupported</c>).</param>
/// <param name="Detail">One sentence for a moderator.</param>
/// <param name="Start">Source offset of the text it is about, or -1.</param>
/// <param name="End">Exclusive end of that text, or -1.</param>
public sealed record Finding(string Code, string Detail, int Start = -1, int End = -1);

/// <summary>A range of the post's text and the part it plays.</summary>
/// <param name="Start">UTF-16 offset into the post's text.</param>
/// <param name="End">Exclusive end.</param>
/// <param name="Role">What the text is.</param>
/// <param name="Source">For copied text, the context source it repeats (<c>card_title</c>, <c>thread_title</c>…); else null.</param>
public sealed record MarkedSpan(int Start, int End, SpanRole Role, string? Source = null);

/// <summary>The part a range of text plays in the verdict.</summary>
public enum SpanRole : byte
{
    /// <summary>The poster's own words; they counted.</summary>
    Own,

    /// <summary>Text the poster wrote that is filler or padding; it did not count.</summary>
    Filler,

    /// <summary>Text that repeats a context source (a title, description, quote, article); it did not count.</summary>
    Copied,

    /// <summary>A neutral caption or description in the source's voice; it did not count.</summary>
    Caption,

    /// <summary>A quote of someone else.</summary>
    Quote,

    /// <summary>A link, embed or link card.</summary>
    Link,

    /// <summary>Platform or app text (consent placeholder, "Click to expand...", signatures).</summary>
    Boilerplate,

    /// <summary>Text made invisible by formatting.</summary>
    Hidden,

    /// <summary>A code block (own words only when the policy counts code).</summary>
    Code,
}

/// <summary>How much of the post's candidate text repeats one context source.</summary>
/// <param name="Source">The source: <c>card_title</c>, <c>card_description</c>, <c>quote</c>, <c>thread_title</c>, <c>url_slug</c>, <c>title</c>, <c>description</c>, <c>article</c>.</param>
/// <param name="Share">Share of the candidate words that repeat it, 0 to 1.</param>
/// <param name="Words">How many candidate words repeat it.</param>
public sealed record CopyShare(string Source, double Share, int Words);

/// <summary>A thought-scorer feature that fired.</summary>
/// <param name="Name">The feature's name as in the weights file (<c>first_person</c>, <c>caption_opener</c>).</param>
/// <param name="Weight">Its contribution to the score (log-odds).</param>
/// <param name="Evidence">The words that made it fire, or null.</param>
public sealed record FiredFeature(string Name, double Weight, string? Evidence = null);
