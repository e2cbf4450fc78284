using SaySomething.Core.Judging;

namespace SaySomething.Cli.Scanning;

/// <summary>One record on its way from the reader to a judging worker.</summary>
internal sealed class ScanRecord
{
    /// <summary>Gets or sets the record's position in the input, from 0; the writer restores this order.</summary>
    public long Sequence { get; set; }

    /// <summary>Gets the 1-based input line where the record starts.</summary>
    public required long Line { get; init; }

    /// <summary>Gets the bytes the record holds in memory, for the scan's flow limit.</summary>
    public required long Size { get; init; }

    /// <summary>Gets the framed bytes (JSON line or CSV record), rented from the shared pool; null for a thread post.</summary>
    public FramedRecord? Framed { get; init; }

    /// <summary>Gets a post that needs no parsing (a thread page's post), with its id.</summary>
    public (string Id, PostToJudge Post)? Ready { get; init; }
}

/// <summary>A record parsed: the post to judge with its id, or why it cannot be judged.</summary>
/// <param name="Id">The record's id, when it has one.</param>
/// <param name="Post">The post, or null when <paramref name="Error"/> says why not.</param>
/// <param name="Error">What is wrong with the record.</param>
internal readonly record struct ParsedRecord(string? Id, PostToJudge? Post, string? Error);

/// <summary>A record's result on its way from a worker to the writer.</summary>
internal sealed class ScanOutcome
{
    public required long Sequence { get; init; }

    public required long Line { get; init; }

    public required long Size { get; init; }

    public string? Id { get; init; }

    /// <summary>Gets why the record was not judged, or null when it was.</summary>
    public string? Error { get; init; }

    public Verdict Verdict { get; init; }

    public DriveByReason Reason { get; init; }

    /// <summary>Gets the provider of each governed link (null for an unknown provider).</summary>
    public IReadOnlyList<string?> GovernedProviders { get; init; } = [];

    /// <summary>Gets the judgement's confidence.</summary>
    public double Confidence { get; init; }

    /// <summary>Gets the own words, for the first posts of a scan only (<see cref="ScanSummary.MaxPostsListed"/>), else null.</summary>
    public string? OwnWords { get; init; }

    /// <summary>Gets the message to the poster, for the first posts of a scan only, else null.</summary>
    public string? Message { get; init; }

    /// <summary>Gets the judgement as a line of JSON, when the scan writes output.</summary>
    public string? Json { get; init; }
}
