using Microsoft.Extensions.Hosting;
using SaySomething.Server.Hosting;
using SaySomething.Server.Processing;

namespace SaySomething.Server.Actions;

/// <summary>Runs <see cref="OutboxDispatcher"/> when an action is planned, and every poll interval for due and retried rows.</summary>
internal sealed class OutboxWorker(OutboxDispatcher dispatcher, WorkSignals signals, ServiceOptions options) : BackgroundService
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
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                await Task.Delay(options.PollInterval * 5, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
