using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SaySomething.Server.Hosting;

namespace SaySomething.Server.Processing;

/// <summary>
/// A background loop over durable work: do what is due, and when nothing was, wait for the signal or the poll interval.
/// A failure pauses it for five poll intervals, never stops it: a worker that stopped would leave work undone until a
/// restart.
/// </summary>
internal abstract partial class PollingWorker(WorkSignal signal, ServiceOptions options, ILogger log) : BackgroundService
{
    /// <summary>Does the work that is due; returns how many items it handled (0 when there was none).</summary>
    protected abstract Task<int> RunDueAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunDueAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    continue;
                }

                await signal.WaitAsync(options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever failed (the database is away, most likely), the work stays stored: pause and go on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogPaused(log, e);
                await Task.Delay(options.PollInterval * 5, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The worker failed and pauses before trying again")]
    private static partial void LogPaused(ILogger logger, Exception exception);
}
