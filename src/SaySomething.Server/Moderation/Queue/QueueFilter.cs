using Microsoft.AspNetCore.Http;
using SaySomething.Server.Moderation.Rendering;

namespace SaySomething.Server.Moderation.Queue;

/// <summary>The queue's filters, read from the query string and checked; <see cref="Errors"/> says what to fix.</summary>
public sealed record QueueFilter
{
    /// <summary>The verdict names a post can have.</summary>
    public static readonly IReadOnlyList<string> Verdicts = ["drive_by", "needs_review", "commented", "not_applicable"];

    /// <summary>The drive-by reason names.</summary>
    public static readonly IReadOnlyList<string> Reasons = ["no_text", "filler_only", "title_only", "copied", "description_only", "quote_only"];

    /// <summary>Gets the community id, or null for all.</summary>
    public string? Community { get; init; }

    /// <summary>Gets the verdict, or null for all.</summary>
    public string? Verdict { get; init; }

    /// <summary>Gets the reason, or null for all.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the provider name, or null for all.</summary>
    public string? Provider { get; init; }

    /// <summary>Gets the member (author name, exact), or null for all.</summary>
    public string? Member { get; init; }

    /// <summary>Gets the section id, or null for all.</summary>
    public string? Section { get; init; }

    /// <summary>Gets the first day judged (UTC), or null.</summary>
    public DateTime? From { get; init; }

    /// <summary>Gets the last day judged (UTC, inclusive), or null.</summary>
    public DateTime? To { get; init; }

    /// <summary>Gets the page number (from 1).</summary>
    public int Page { get; init; } = 1;

    /// <summary>Gets what is wrong with the filters, empty when they can be used.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    internal static QueueFilter Read(IQueryCollection query, int maxPage, IReadOnlyCollection<string> communities)
    {
        var form = new FormValues(name => query[name]);
        var filter = new QueueFilter
        {
            Community = form.Choice("community", "Community", communities),
            Verdict = form.Choice("verdict", "Verdict", Verdicts),
            Reason = form.Choice("reason", "Reason", Reasons),
            Provider = ProviderName(form),
            Member = form.Text("member", "Member", 200),
            Section = form.Text("section", "Section", 64),
            From = form.Date("from", "From"),
            To = form.Date("to", "To"),
            Page = form.Number("page", "Page", 1, maxPage, 1),
        };
        form.Range(filter.From, filter.To);
        return filter with { Errors = form.Errors };
    }

    /// <summary>The query string of these filters on another page (empty values left out).</summary>
    public string QueryFor(int page) => new PageQuery("/ui/queue")
        .Add("community", Community)
        .Add("verdict", Verdict)
        .Add("reason", Reason)
        .Add("provider", Provider)
        .Add("member", Member)
        .Add("section", Section)
        .Add("from", From)
        .Add("to", To)
        .Page(page)
        .ToString();

    private static string? ProviderName(FormValues form)
    {
        string? provider = form.Text("provider", "Provider", 64);
        if (provider is not null && !provider.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' or '.'))
        {
            form.Errors.Add("Provider must be a provider name such as youtube or x (a-z, 0-9, '_', '-', '.').");
            return null;
        }

        return provider;
    }
}

/// <summary>One page of the queue.</summary>
/// <param name="Filter">The filters in force.</param>
/// <param name="Communities">Every community (id and name), for the filter.</param>
/// <param name="Posts">The posts on this page.</param>
/// <param name="Total">How many posts match.</param>
/// <param name="PageSize">Posts per page.</param>
public sealed record QueueView(QueueFilter Filter, IReadOnlyList<CommunityChoice> Communities, IReadOnlyList<QueueRow> Posts, int Total, int PageSize)
{
    /// <summary>Gets the number of pages.</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>One post in the queue.</summary>
/// <param name="Id">The row id (the post page's address).</param>
/// <param name="CommunityId">The community.</param>
/// <param name="ExternalId">The platform's post id.</param>
/// <param name="Author">The author's name, or null.</param>
/// <param name="Section">The section id, or null.</param>
/// <param name="Verdict">The verdict name.</param>
/// <param name="Reason">The reason name, or null.</param>
/// <param name="Providers">The governed links' providers, comma-separated, or null.</param>
/// <param name="Excerpt">The start of the post's text.</param>
/// <param name="JudgedAt">When it was judged (UTC).</param>
/// <param name="Status">The latest decision in words.</param>
public sealed record QueueRow(long Id, string CommunityId, string ExternalId, string? Author, string? Section, string Verdict, string? Reason,
    string? Providers, string Excerpt, DateTime JudgedAt, string Status);
