using Microsoft.Extensions.Logging;
using SaySomething.Server.Hosting;

namespace SaySomething.Server.Processing;

/// <summary>Runs <see cref="DeliveryProcessor"/> whenever a delivery is stored, and every poll interval for retries.</summary>
internal sealed class InboxWorker(DeliveryProcessor processor, WorkSignals signals, ServiceOptions options, ILogger<InboxWorker> log)
    : PollingWorker(signals.Inbox, options, log)
{
    protected override Task<int> RunDueAsync(CancellationToken cancellationToken) => processor.ProcessDueAsync(cancellationToken);
}
