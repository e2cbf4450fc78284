using Microsoft.Extensions.Logging;
using SaySomething.Server.Hosting;
using SaySomething.Server.Processing;

namespace SaySomething.Server.Actions;

/// <summary>Runs <see cref="OutboxDispatcher"/> when an action is planned, and every poll interval for due and retried rows.</summary>
internal sealed class OutboxWorker(OutboxDispatcher dispatcher, WorkSignals signals, ServiceOptions options, ILogger<OutboxWorker> log)
    : PollingWorker(signals.Outbox, options, log)
{
    protected override Task<int> RunDueAsync(CancellationToken cancellationToken) => dispatcher.DispatchDueAsync(cancellationToken);
}
