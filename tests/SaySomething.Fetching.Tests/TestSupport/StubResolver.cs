using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using SaySomething.Fetching.Resolution;

namespace SaySomething.Fetching.Tests.TestSupport;

/// <summary>A resolver with fixed answers: per host one answer, or a sequence (call n gets answer n, the last one
/// repeats). Unknown hosts fail as "host not found"; <see cref="Hang"/> hosts never answer. Records every call.</summary>
public sealed class StubResolver : IDnsResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[][]> _answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _callsPerHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _calls = new();
    private readonly ConcurrentDictionary<string, bool> _hanging = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets every host asked for, in order.</summary>
    public IReadOnlyList<string> Calls => [.. _calls];

    /// <summary>Answers <paramref name="host"/> with <paramref name="addresses"/> on every call.</summary>
    public StubResolver Map(string host, params string[] addresses)
    {
        _answers[host] = [[.. addresses.Select(IPAddress.Parse)]];
        return this;
    }

    /// <summary>Answers <paramref name="host"/> with <paramref name="answers"/>[n] on call n (the last one repeats).</summary>
    public StubResolver MapSequence(string host, params string[][] answers)
    {
        _answers[host] = [.. answers.Select(answer => answer.Select(IPAddress.Parse).ToArray())];
        return this;
    }

    /// <summary>Makes <paramref name="host"/> never answer (until cancelled).</summary>
    public StubResolver Hang(string host)
    {
        _hanging[host] = true;
        return this;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        _calls.Enqueue(host);
        if (_hanging.ContainsKey(host))
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        int call = _callsPerHost.AddOrUpdate(host, 0, (_, n) => n + 1);
        if (!_answers.TryGetValue(host, out IPAddress[][]? answers))
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        return answers[Math.Min(call, answers.Length - 1)];
    }
}
