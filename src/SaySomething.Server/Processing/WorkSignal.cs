namespace SaySomething.Server.Processing;

/// <summary>Wakes a worker when new work is committed, so that it need not wait for its next poll.</summary>
public sealed class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    /// <summary>Wakes the worker (several nudges before it wakes count as one).</summary>
    public void Nudge()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already nudged.
        }
    }

    /// <summary>Waits for a nudge or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);

    /// <inheritdoc/>
    public void Dispose() => _semaphore.Dispose();
}

/// <summary>The signals of the two workers.</summary>
/// <param name="Inbox">Wakes the inbox worker (a delivery was stored).</param>
/// <param name="Outbox">Wakes the outbox dispatcher (an action was planned).</param>
public sealed record WorkSignals(WorkSignal Inbox, WorkSignal Outbox);
