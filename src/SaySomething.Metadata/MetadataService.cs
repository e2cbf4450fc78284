using System.Collections.Concurrent;
using System.Globalization;
using SaySomething.Core.Judging;
using SaySomething.Core.Policies;
using SaySomething.Fetching;
using SaySomething.Metadata.Caching;
using SaySomething.Metadata.Gathering;

namespace SaySomething.Metadata;

/// <summary>
/// Gathers the metadata of a post's governed links before it is judged: from the cache, else through the safe fetcher,
/// all links at once within a time budget and a per-host limit. A link that has not answered when the budget runs out
/// is reported as <see cref="MetadataState.TimedOut"/> and the post is judged without it; its fetch goes on and fills
/// the cache for the next post. Thread-safe: one instance serves any number of posts at once.
/// </summary>
public sealed class MetadataService : IDisposable
{
    private readonly ISafeFetcher? _fetcher;
    private readonly IMetadataCache? _cache;
    private readonly TimeProvider _time;
    private readonly FetchPlanner _planner;
    private readonly HostLimiter _hosts;
    private readonly LinkReader? _reader;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<LinkReadResult>>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Creates the service.</summary>
    /// <param name="fetcher">The safe fetcher, or null to use the cache only (as if offline).</param>
    /// <param name="cache">The cache, or null for none.</param>
    /// <param name="options">Budget, limits and lifetimes (<see cref="MetadataOptions.Default"/> when null); validated.</param>
    /// <param name="time">The clock for the budget and the cache lifetimes (the system's when null).</param>
    /// <param name="planner">What to fetch for a link (the provider registry's when null).</param>
    public MetadataService(ISafeFetcher? fetcher, IMetadataCache? cache, MetadataOptions? options = null, TimeProvider? time = null, FetchPlanner? planner = null)
    {
        Options = (options ?? MetadataOptions.Default).Validate();
        _fetcher = fetcher;
        _cache = cache;
        _time = time ?? TimeProvider.System;
        _planner = planner ?? new FetchPlanner();
        _hosts = new HostLimiter(Options.PerHostConcurrency);
        _reader = fetcher is null ? null : new LinkReader(fetcher, _hosts, Options.MaxArticleBytes);
    }

    /// <summary>Gets the options in force.</summary>
    public MetadataOptions Options { get; }

    /// <summary>
    /// Gathers the metadata of <paramref name="post"/>'s governed links (as <paramref name="judge"/> governs them) within
    /// the budget. <paramref name="setting"/> is what the caller allows; the post's policy (<c>fetch:</c>) can only
    /// narrow it. Never throws for what a site or the cache does; throws <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async Task<GatheredMetadata> GatherAsync(PostToJudge post, PostJudge judge, FetchSetting setting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(judge);
        long start = _time.GetTimestamp();
        var policy = judge.Policies.Resolve(post.Community, post.Section);
        bool narrowed = policy.Fetch < setting;
        setting = narrowed ? policy.Fetch : setting;

        var plans = new List<FetchPlan>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reports = new List<LinkReport>();
        foreach (var link in judge.FindLinks(post))
        {
            if (link.Governed && link.Url is { } url && _planner.Plan(url) is { } plan && seen.Add(plan.Canonical))
            {
                if (plans.Count < Options.MaxLinksPerPost)
                {
                    plans.Add(plan);
                }
                else
                {
                    reports.Add(Report(plan, MetadataState.Failed, string.Create(CultureInfo.InvariantCulture,
                        $"not fetched: the post has more than {Options.MaxLinksPerPost} governed links"), start));
                }
            }
        }

        if (plans.Count == 0)
        {
            return new GatheredMetadata(reports, _time.GetElapsedTime(start));
        }

        if (setting == FetchSetting.Off)
        {
            string why = narrowed ? "fetching is off for this post (policy fetch: off)" : "fetching is off";
            return new GatheredMetadata([.. plans.Select(p => Report(p, MetadataState.Off, why, start)), .. reports], _time.GetElapsedTime(start));
        }

        var tasks = plans.Select(p => ReadLinkAsync(p, setting, start, cancellationToken)).ToArray();
        await WithinBudgetAsync(tasks, start, cancellationToken).ConfigureAwait(false);
        var gathered = new List<LinkReport>(tasks.Length + reports.Count);
        for (int i = 0; i < tasks.Length; i++)
        {
            gathered.Add(tasks[i].IsCompletedSuccessfully ? tasks[i].Result : Report(plans[i], MetadataState.TimedOut, BudgetDetail(), start));
        }

        gathered.AddRange(reports);
        return new GatheredMetadata(gathered, _time.GetElapsedTime(start));
    }

    /// <summary>What the service sees for one address (for <c>saysomething meta</c>), within the budget.</summary>
    public async Task<LinkReport> DescribeAsync(string url, FetchSetting setting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        long start = _time.GetTimestamp();
        if (_planner.Plan(url) is not { } plan)
        {
            return new LinkReport { Url = url, State = MetadataState.Failed, Detail = "not an http or https address" };
        }

        if (setting == FetchSetting.Off)
        {
            return Report(plan, MetadataState.Off, "fetching is off", start);
        }

        var task = ReadLinkAsync(plan, setting, start, cancellationToken);
        await WithinBudgetAsync([task], start, cancellationToken).ConfigureAwait(false);
        return task.IsCompletedSuccessfully ? task.Result : Report(plan, MetadataState.TimedOut, BudgetDetail(), start);
    }

    /// <summary>Waits until fetches that outlived their budget have finished and filled the cache.</summary>
    public async Task WhenIdleAsync()
    {
        while (_inFlight.Values.Select(l => l.Value).ToArray() is { Length: > 0 } pending)
        {
            await Task.WhenAll(pending).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Cancel only: fetches still unwinding use the token and the host slots, which hold no OS resources (no
        // wait handle is ever asked of them), so the garbage collector can have them after the last fetch.
        _stopping.Cancel();
    }

    private string BudgetDetail() => string.Create(CultureInfo.InvariantCulture, $"no answer within the {Options.Budget.TotalSeconds:0.###} s budget");

    private async Task WithinBudgetAsync(Task[] tasks, long start, CancellationToken cancellationToken)
    {
        TimeSpan left = Options.Budget - _time.GetElapsedTime(start);
        if (left > TimeSpan.Zero)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var all = Task.WhenAll(tasks);
            var budget = Task.Delay(left, _time, timer.Token);
            await Task.WhenAny(all, budget).ConfigureAwait(false);
            await timer.CancelAsync().ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task<LinkReport> ReadLinkAsync(FetchPlan plan, FetchSetting setting, long start, CancellationToken cancellationToken)
    {
        if (await CacheGetAsync(plan.Canonical, cancellationToken).ConfigureAwait(false) is { } entry)
        {
            return entry.IsFailure
                ? Report(plan, MetadataState.Failed, "remembered failure: " + entry.Failure, start) with { CacheStatus = "failure_hit" }
                : Report(plan, MetadataState.Cached, null, start) with { Metadata = entry.Metadata, CacheStatus = "hit" };
        }

        string cacheStatus = _cache is null ? "off" : "miss";
        if (setting == FetchSetting.CacheOnly || _reader is null)
        {
            string why = setting == FetchSetting.CacheOnly ? "not in the cache, and only the cache may be used" : "not in the cache, and no fetcher is configured";
            return Report(plan, MetadataState.NotCached, why, start) with { CacheStatus = cacheStatus };
        }

        var read = await FetchAsync(plan).WaitAsync(cancellationToken).ConfigureAwait(false);
        var state = read.Succeeded ? MetadataState.Fetched : MetadataState.Failed;
        return Report(plan, state, read.FailureDetail, start) with { Metadata = read.Metadata, Fetches = read.Fetches, CacheStatus = cacheStatus };
    }

    /// <summary>The read of <paramref name="plan"/>'s link: one per canonical id at a time, whoever asks; it runs to its
    /// end (the fetcher's own time limits) whatever the budget, and stores its outcome in the cache.</summary>
    private Task<LinkReadResult> FetchAsync(FetchPlan plan)
    {
        var lazy = _inFlight.GetOrAdd(plan.Canonical, _ => new Lazy<Task<LinkReadResult>>(() => Task.Run(() => FetchAndStoreAsync(plan))));
        return lazy.Value;
    }

    private async Task<LinkReadResult> FetchAndStoreAsync(FetchPlan plan)
    {
        try
        {
            LinkReadResult read;
            try
            {
                read = await _reader!.ReadAsync(plan, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return new LinkReadResult(null, "cancelled: the metadata service stopped", []);
            }
#pragma warning disable CA1031 // The fetcher promises not to throw; if it does, the link has no metadata, the post is still judged.
            catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                read = new LinkReadResult(null, $"the fetcher failed ({e.GetType().Name}: {e.Message})", []);
            }

            DateTimeOffset now = _time.GetUtcNow();
            var entry = read.Succeeded
                ? new CacheEntry(plan.Canonical, plan.LinkUrl, read.Metadata, null, now, now + Options.Ttl)
                : new CacheEntry(plan.Canonical, plan.LinkUrl, null, read.FailureDetail, now, now + Options.FailureTtl);
            await CachePutAsync(entry).ConfigureAwait(false);
            return read;
        }
        finally
        {
            _inFlight.TryRemove(plan.Canonical, out _);
        }
    }

    private async Task<CacheEntry?> CacheGetAsync(string canonical, CancellationToken cancellationToken)
    {
        if (_cache is null)
        {
            return null;
        }

        try
        {
            return await _cache.GetAsync(canonical, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A cache that fails (locked, corrupt) is a miss: the post is judged anyway.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private async Task CachePutAsync(CacheEntry entry)
    {
        if (_cache is null || _stopping.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await _cache.PutAsync(entry, _stopping.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Not storing is the worst a failing cache can do.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            _ = e;
        }
    }

    private LinkReport Report(FetchPlan plan, MetadataState state, string? detail, long start) => new()
    {
        Url = plan.LinkUrl,
        Canonical = plan.Canonical,
        Provider = plan.ProviderId,
        Kind = plan.Kind,
        State = state,
        Detail = detail,
        CacheStatus = _cache is null ? "off" : "miss",
        Elapsed = _time.GetElapsedTime(start),
    };
}
