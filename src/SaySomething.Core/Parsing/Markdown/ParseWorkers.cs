using System.Collections.Concurrent;

namespace SaySomething.Core.Parsing.Markdown;

/// <summary>
/// A few dedicated background threads that run parses which cannot be cancelled (Markdig takes no token), so a
/// caller can stop waiting after its budget. Unlike the thread pool they cannot be starved by unrelated work, and a
/// job whose caller gave up before a worker took it is skipped, so abandoned work does not pile up in the queue.
/// </summary>
internal sealed class ParseWorkers
{
    private readonly BlockingCollection<Job> _queue = [];

    private ParseWorkers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var thread = new Thread(Work) { IsBackground = true, Name = $"SaySomething parse worker {i + 1}" };
            thread.Start();
        }
    }

    /// <summary>Gets the shared workers: one per core, at least two.</summary>
    public static ParseWorkers Shared { get; } = new(Math.Max(2, Environment.ProcessorCount));

    /// <summary>
    /// Runs <paramref name="parse"/> on a worker and waits at most <paramref name="budget"/> for it.
    /// </summary>
    /// <returns>True with the result when it finished in time; false when the budget ran out first.</returns>
    public bool TryRun<T>(Func<T> parse, TimeSpan budget, out T? result)
    {
        var job = new Job(() => parse());
        _queue.Add(job);
        if (job.Done.Wait(budget))
        {
            result = (T?)job.Result;
            return true;
        }

        // Cancel it if no worker has taken it yet; a running parse finishes and its result is dropped.
        Interlocked.CompareExchange(ref job.State, Job.Abandoned, Job.Queued);
        result = default;
        return false;
    }

    private void Work()
    {
        foreach (var job in _queue.GetConsumingEnumerable())
        {
            if (Interlocked.CompareExchange(ref job.State, Job.Running, Job.Queued) != Job.Queued)
            {
                continue;
            }

            try
            {
                job.Result = job.Parse();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The caller reads a null result as "no tree" and falls back to plain text; the worker must live on.
                job.Result = null;
            }

            job.Done.Set();
        }
    }

    private sealed class Job(Func<object?> parse)
    {
        public const int Queued = 0;
        public const int Running = 1;
        public const int Abandoned = 2;

        public int State = Queued;

        public Func<object?> Parse { get; } = parse;

        public ManualResetEventSlim Done { get; } = new();

        public object? Result { get; set; }
    }
}
