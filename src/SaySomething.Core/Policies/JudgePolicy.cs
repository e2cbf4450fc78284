namespace SaySomething.Core.Policies;

/// <summary>How strict the judge is about what counts as a comment.</summary>
public enum Strictness : byte
{
    /// <summary>Any <see cref="JudgePolicy.MinOwnWords"/> own words count, even filler, copies or a title.</summary>
    Lenient,

    /// <summary>Own words that are not copied, filler or padding count; captions in the source's voice do not.</summary>
    Standard,

    /// <summary>Own words must carry a thought: a view, judgement, question or analysis.</summary>
    Strict,
}

/// <summary>Which links need a comment.</summary>
public enum GovernedLinks : byte
{
    /// <summary>Social media posts and videos only (the rule's letter).</summary>
    SocialAndVideo,

    /// <summary>Social media posts, videos and articles (the rule's spirit; the default).</summary>
    SocialVideoAndArticles,

    /// <summary>Any link to another site (images, attachments and e-mail addresses still excepted).</summary>
    AnyExternal,
}

/// <summary>Whether the content behind a post's links may be fetched to compare the post with it.</summary>
public enum FetchSetting : byte
{
    /// <summary>Never: the judge works with what the post and the caller give.</summary>
    Off,

    /// <summary>Only metadata already cached may be used; nothing is fetched.</summary>
    CacheOnly,

    /// <summary>Metadata may be fetched (the default) when the caller gathers it.</summary>
    On,
}

/// <summary>
/// The settings the judge works by. Immutable; <see cref="Default"/> is the documented default. Policy files
/// (<c>PolicyFile</c>) produce these, with overrides per community and section.
/// </summary>
public sealed record JudgePolicy
{
    /// <summary>Gets the default policy: standard strictness, social media, videos and articles governed.</summary>
    public static JudgePolicy Default { get; } = new();

    /// <summary>Gets how strict the judge is.</summary>
    public Strictness Strictness { get; init; } = Strictness.Standard;

    /// <summary>Gets which links need a comment.</summary>
    public GovernedLinks Governed { get; init; } = GovernedLinks.SocialVideoAndArticles;

    /// <summary>Gets the fewest own words that can make a comment (lenient counts only these; 1..1000).</summary>
    public int MinOwnWords { get; init; } = 1;

    /// <summary>Gets the confidence under which a verdict becomes <c>needs_review</c> (0.5..1; 0.5 never asks).</summary>
    public double ReviewBelow { get; init; } = 0.6;

    /// <summary>Gets the share of candidate words copied from context above which the text is a copy (0..1).</summary>
    public double CopiedShare { get; init; } = 0.6;

    /// <summary>Gets a value indicating whether words in code blocks count as the poster's own.</summary>
    public bool CodeCounts { get; init; }

    /// <summary>Gets domains whose links never need a comment (a registrable domain covers its subdomains).</summary>
    public IReadOnlyList<string> AllowedDomains { get; init; } = [];

    /// <summary>Gets the forum's own hosts: links to them are not governed.</summary>
    public IReadOnlyList<string> ForumHosts { get; init; } = [];

    /// <summary>Gets whether the caller may fetch the linked content for posts under this policy (the caller decides
    /// whether it fetches at all; this can only narrow it).</summary>
    public FetchSetting Fetch { get; init; } = FetchSetting.On;

    /// <summary>Gets the locale of messages to the poster (<c>en</c>, <c>de</c>, …).</summary>
    public string Locale { get; init; } = "en";
}
