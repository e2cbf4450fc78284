namespace SaySomething.Server.Moderation.Queue;

/// <summary>Everything the post page shows about one post.</summary>
public sealed record PostView
{
    /// <summary>Gets the row id.</summary>
    public required long Id { get; init; }

    /// <summary>Gets the community id.</summary>
    public required string CommunityId { get; init; }

    /// <summary>Gets the community's name.</summary>
    public required string CommunityName { get; init; }

    /// <summary>Gets the platform's post id.</summary>
    public required string ExternalId { get; init; }

    /// <summary>Gets the version judged.</summary>
    public required string Version { get; init; }

    /// <summary>Gets the thread's title, or null.</summary>
    public string? ThreadTitle { get; init; }

    /// <summary>Gets the section id, or null.</summary>
    public string? Section { get; init; }

    /// <summary>Gets the author's name, or null.</summary>
    public string? Author { get; init; }

    /// <summary>Gets the markup format.</summary>
    public required string Format { get; init; }

    /// <summary>Gets when it was judged (UTC).</summary>
    public DateTime JudgedAt { get; init; }

    /// <summary>Gets the verdict name.</summary>
    public required string Verdict { get; init; }

    /// <summary>Gets the reason name, or null.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the judge's confidence (0 to 1), or null when the stored judgement has none.</summary>
    public double? Confidence { get; init; }

    /// <summary>Gets the words that counted as the poster's own.</summary>
    public string OwnWords { get; init; } = "";

    /// <summary>Gets how many own words counted.</summary>
    public int OwnWordCount { get; init; }

    /// <summary>Gets the message the author got (or gets).</summary>
    public string Message { get; init; } = "";

    /// <summary>Gets the detected language.</summary>
    public string Language { get; init; } = "";

    /// <summary>Gets the findings behind the verdict.</summary>
    public IReadOnlyList<(string Code, string Detail)> Findings { get; init; } = [];

    /// <summary>Gets the links found in the post.</summary>
    public IReadOnlyList<LinkView> Links { get; init; } = [];

    /// <summary>Gets the text in runs, by role.</summary>
    public IReadOnlyList<TextSegment> Segments { get; init; } = [];

    /// <summary>Gets how many characters were left out (over the display limit); 0 when the whole text is shown.</summary>
    public int HiddenCharacters { get; init; }

    /// <summary>Gets a note when the stored judgement could not be read, or null.</summary>
    public string? JudgementProblem { get; init; }

    /// <summary>Gets the decisions on the post, oldest first.</summary>
    public IReadOnlyList<DecisionView> Decisions { get; init; } = [];

    /// <summary>Gets the platform calls planned for the post, oldest first.</summary>
    public IReadOnlyList<OutboxView> Actions { get; init; } = [];

    /// <summary>Gets a value indicating whether the community has a platform API the service can act through.</summary>
    public bool CanAct { get; init; }
}

/// <summary>A link of the post, shown as text: nothing is loaded from its site until the moderator opens it.</summary>
/// <param name="Index">The link's position in the judgement (the open address uses it).</param>
/// <param name="Url">The address as written.</param>
/// <param name="Provider">The provider, or null.</param>
/// <param name="Kind">The kind (video, social_post, article, …).</param>
/// <param name="Canonical">The canonical id, or null.</param>
/// <param name="Governed">Whether the rule governs it.</param>
/// <param name="Why">Why it is (or is not) governed.</param>
/// <param name="CanOpen">Whether it is an http(s) address the page offers to open.</param>
public sealed record LinkView(int Index, string Url, string? Provider, string Kind, string? Canonical, bool Governed, string Why, bool CanOpen);

/// <summary>One decision on the post.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who, readable.</param>
/// <param name="Verdict">The verdict decided on.</param>
/// <param name="Reason">The reason, or null.</param>
/// <param name="Action">The action.</param>
/// <param name="State">The state in words.</param>
/// <param name="Note">The note, or null.</param>
public sealed record DecisionView(DateTime At, string Actor, string Verdict, string? Reason, string Action, string State, string? Note);

/// <summary>One platform call planned for the post.</summary>
/// <param name="Kind">The call's kind.</param>
/// <param name="State">Its state.</param>
/// <param name="DueAt">When it is (or was) due (UTC).</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="LastError">The last error or answer, or null.</param>
public sealed record OutboxView(string Kind, string State, DateTime DueAt, int Attempts, string? LastError);
