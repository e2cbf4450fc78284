using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SaySomething.Server.Hosting;
using SaySomething.Server.Processing;

namespace SaySomething.Server.Actions;

/// <summary>Runs <see cref="OutboxDispatcher"/> when an action is planned, and every poll interval for due and retried rows.</summary>
internal sealed partial class OutboxWorker(OutboxDispatcher dispatcher, WorkSignals signals, ServiceOptions options, ILogger<OutboxWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    continue;
                }

                await signals.Outbox.WaitAsync(options.PollInterval, stoppingToken).ConfigureAwait(false);
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
                await Task.Delay(options.PollInterval * 5, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The worker failed and pauses before trying again")]
    private static partial void LogPaused(ILogger logger, Exception exception);
}
