using System.Threading.Channels;
using SaySomething.Core.Judging;

namespace SaySomething.Cli.Scanning;

/// <summary>
/// The scan's streaming pipeline: one reader thread cuts records from the input and hands them, through a bounded
/// channel, to <c>threads</c> judging workers; the calling thread restores input order in a bounded
/// <see cref="ReorderWindow{T}"/> and writes each result. A <see cref="FlowLimit"/> caps the records between reader
/// and writer (by count and bytes), so memory stays flat however large the input is.
/// </summary>
internal sealed class ScanPipeline
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(100);

    private readonly RecordSource _source;
    private readonly Func<PostToJudge, Judgement> _judge;
    private readonly int _threads;
    private readonly bool _json;

    /// <param name="source">The records.</param>
    /// <param name="judge">Judges one post; called on several threads at once.</param>
    /// <param name="threads">The number of judging workers.</param>
    /// <param name="json">Whether each outcome carries its judgement as JSON (for <c>--output</c>).</param>
    public ScanPipeline(RecordSource source, Func<PostToJudge, Judgement> judge, int threads, bool json)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _source = source;
        _judge = judge;
        _threads = threads;
        _json = json;
    }

    /// <summary>
    /// Runs the scan to the end of the input, calling <paramref name="write"/> for each record in input order and
    /// <paramref name="progress"/> now and then, on the calling thread.
    /// </summary>
    /// <returns>The exception that stopped the reader (the input could not be read to its end), or null.</returns>
    public Exception? Run(Action<ScanOutcome> write, Action? progress = null)
    {
        var maxItems = ScanLimits.MaxItemsInFlight(_threads);
        var limit = new FlowLimit(maxItems, ScanLimits.MaxBytesInFlight);
        var window = new ReorderWindow<ScanOutcome>(maxItems);
        // Every thread here blocks on its own, so a waiter is woken where the channel changes, not through the thread
        // pool: pool threads spinning for work would take CPU from the judges.
        var records = Channel.CreateBounded<ScanRecord>(new BoundedChannelOptions(_threads * 8)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
            AllowSynchronousContinuations = true,
        });
        var results = Channel.CreateUnbounded<ScanOutcome>(new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = true });
        using var cancel = new CancellationTokenSource();

        Exception? readError = null;
        var reader = new Thread(() => readError = Read(records.Writer, limit, cancel.Token)) { IsBackground = true, Name = "scan reader" };
        reader.Start();
        var workers = new Task[_threads];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Factory.StartNew(() => Work(records.Reader, results.Writer, cancel.Token), cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        _ = Task.WhenAll(workers).ContinueWith(done => results.Writer.Complete(done.Exception), TaskScheduler.Default);

        try
        {
            var ready = results.Reader.WaitToReadAsync(CancellationToken.None).AsTask();
            var lastProgress = Environment.TickCount64;
            while (true)
            {
                if (progress is not null && Environment.TickCount64 - lastProgress >= ProgressInterval.TotalMilliseconds)
                {
                    progress();
                    lastProgress = Environment.TickCount64;
                }

                if (!ready.Wait(ProgressInterval))
                {
                    continue;
                }

                if (!ready.GetAwaiter().GetResult())
                {
                    break;
                }

                while (results.Reader.TryRead(out var outcome))
                {
                    window.Add(outcome.Sequence, outcome);
                    while (window.TryTakeNext(out var next))
                    {
                        write(next);
                        limit.Release(next.Size);
                    }
                }

                ready = results.Reader.WaitToReadAsync(CancellationToken.None).AsTask();
            }

            progress?.Invoke();
        }
        catch
        {
            // The writer failed (the output cannot be written): stop the reader and the workers, then report.
            cancel.Cancel();
            reader.Join();
            throw;
        }

        reader.Join();
        if (window.Count != 0)
        {
            throw new InvalidOperationException($"The scan ended with {window.Count} result(s) waiting for record {window.Next}.");
        }

        return readError;
    }

    private Exception? Read(ChannelWriter<ScanRecord> records, FlowLimit limit, CancellationToken cancellationToken)
    {
        try
        {
            var sequence = 0L;
            while (_source.TryRead(out var record))
            {
                limit.Acquire(record.Size, cancellationToken);
                record.Sequence = sequence++;
                if (!records.TryWrite(record))
                {
                    records.WriteAsync(record, cancellationToken).AsTask().GetAwaiter().GetResult();
                }
            }

            return null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or ScanInputException or UnauthorizedAccessException)
        {
            return e;
        }
        finally
        {
            records.Complete();
        }
    }

    private void Work(ChannelReader<ScanRecord> records, ChannelWriter<ScanOutcome> results, CancellationToken cancellationToken)
    {
        try
        {
            while (records.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                while (records.TryRead(out var record))
                {
                    results.TryWrite(Process(record));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private ScanOutcome Process(ScanRecord record)
    {
        ParsedRecord parsed = default;
        Judgement judgement;
        try
        {
            try
            {
                parsed = _source.Parse(record);
            }
            finally
            {
                ScanLimits.Return(record);
            }

            if (parsed.Post is null)
            {
                return Failed(record, parsed.Id, parsed.Error ?? "cannot be judged");
            }

            judgement = _judge(parsed.Post);
        }
#pragma warning disable CA1031 // One record the parser or the judge fails on is reported with its line, and the scan goes on.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var what = parsed.Post is null ? "the record cannot be read" : "the judge failed on this post";
            return Failed(record, parsed.Id, $"{what} ({e.GetType().Name}: {e.Message})");
        }

        var governed = new List<string?>();
        foreach (var link in judgement.Links)
        {
            if (link.Governed)
            {
                governed.Add(link.Provider);
            }
        }

        return new ScanOutcome
        {
            Sequence = record.Sequence,
            Line = record.Line,
            Size = record.Size,
            Id = parsed.Id,
            Verdict = judgement.Verdict,
            Reason = judgement.Reason,
            Confidence = judgement.Confidence,
            OwnWords = record.Sequence < ScanSummary.MaxPostsListed ? judgement.OwnWords : null,
            Message = record.Sequence < ScanSummary.MaxPostsListed ? judgement.Message : null,
            GovernedProviders = governed,
            Json = _json ? JudgementJson.ToJson(judgement, parsed.Id) : null,
        };
    }

    private static ScanOutcome Failed(ScanRecord record, string? id, string error)
        => new() { Sequence = record.Sequence, Line = record.Line, Size = record.Size, Id = id, Error = error };
}
