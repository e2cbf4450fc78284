using System.Collections.Concurrent;

namespace SaySomething.Core.Judging.Verdicts;

/// <summary>
/// Finding texts that come back post after post (the same score and features, the same provider and reason), each
/// built once. Bounded: once <see cref="Capacity"/> texts are kept, new ones are built every time, so hostile input
/// cannot grow a cache without end. Thread-safe; a race builds the same text twice, and either copy is right.
/// </summary>
/// <typeparam name="TKey">What the text depends on, entirely.</typeparam>
internal sealed class KeptTexts<TKey>
    where TKey : notnull
{
    /// <summary>Texts kept per cache.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<TKey, string> _texts;

    public KeptTexts(IEqualityComparer<TKey>? comparer = null) => _texts = new ConcurrentDictionary<TKey, string>(comparer);

    /// <summary>Gets how many texts are kept.</summary>
    public int Count => _texts.Count;

    /// <summary>The text for <paramref name="key"/>, built by <paramref name="build"/> from <paramref name="state"/> when not kept.</summary>
    public string Get<TState>(TKey key, TState state, Func<TState, string> build)
    {
        if (_texts.TryGetValue(key, out var kept))
        {
            return kept;
        }

        string text = build(state);
        if (_texts.Count < Capacity)
        {
            _texts.TryAdd(key, text);
        }

        return text;
    }
}
