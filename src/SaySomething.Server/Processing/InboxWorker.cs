using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SaySomething.Server.Hosting;

namespace SaySomething.Server.Processing;

/// <summary>Runs <see cref="DeliveryProcessor"/> whenever a delivery is stored, and every poll interval for retries.</summary>
internal sealed partial class InboxWorker(DeliveryProcessor processor, WorkSignals signals, ServiceOptions options, ILogger<InboxWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await processor.ProcessDueAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    continue;
                }

                await signals.Inbox.WaitAsync(options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A worker that stops would leave work undone until a restart: whatever failed, pause and go on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogPaused(log, e);
                // The database is away: deliveries stay in the inbox; try again after a pause.
                await Task.Delay(options.PollInterval * 5, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The worker failed and pauses before trying again")]
    private static partial void LogPaused(ILogger logger, Exception exception);
}
