using System.Net;

namespace SaySomething.Fetching.Budget;

/// <summary>
/// Counts requests per destination address in fixed one-hour windows (Discourse's 1000 per hour per IP), so that
/// posts full of links to one server cannot turn us into a flood. Entries whose window has ended are pruned as new
/// ones arrive, so memory follows the number of addresses fetched in the last hour.
/// </summary>
internal sealed class DestinationBudget(int maxPerHour, TimeProvider time)
{
    private static readonly TimeSpan s_window = TimeSpan.FromHours(1);
    private readonly Dictionary<IPAddress, Window> _windows = [];
    private readonly Lock _lock = new();
    private int _chargesSincePrune;

    /// <summary>Charges one request to each of <paramref name="addresses"/> and returns null, or returns the first
    /// address whose budget is spent (then nothing is charged).</summary>
    public IPAddress? TryCharge(IReadOnlyList<IPAddress> addresses)
    {
        DateTimeOffset now = time.GetUtcNow();
        lock (_lock)
        {
            PruneNowAndThen(now);
            foreach (IPAddress address in addresses)
            {
                if (_windows.TryGetValue(address, out Window window) && now - window.Start < s_window && window.Count >= maxPerHour)
                {
                    return address;
                }
            }

            foreach (IPAddress address in addresses)
            {
                _windows[address] = _windows.TryGetValue(address, out Window window) && now - window.Start < s_window
                    ? window with { Count = window.Count + 1 }
                    : new Window(now, 1);
            }

            return null;
        }
    }

    private void PruneNowAndThen(DateTimeOffset now)
    {
        if (++_chargesSincePrune < 1024)
        {
            return;
        }

        _chargesSincePrune = 0;
        foreach ((IPAddress address, Window window) in _windows)
        {
            if (now - window.Start >= s_window)
            {
                _windows.Remove(address);
            }
        }
    }

    private readonly record struct Window(DateTimeOffset Start, int Count);
}
