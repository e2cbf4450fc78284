using Microsoft.Extensions.Hosting;
using SaySomething.Server.Hosting;

namespace SaySomething.Server.Processing;

/// <summary>Runs <see cref="DeliveryProcessor"/> whenever a delivery is stored, and every poll interval for retries.</summary>
internal sealed class InboxWorker(DeliveryProcessor processor, WorkSignals signals, ServiceOptions options) : BackgroundService
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
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The database is away: deliveries stay in the inbox; try again after a pause.
                await Task.Delay(options.PollInterval * 5, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
