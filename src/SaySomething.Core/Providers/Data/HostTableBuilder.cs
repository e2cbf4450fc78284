using SaySomething.Core.Providers.Urls;

namespace SaySomething.Core.Providers.Data;

/// <summary>
/// Collects host keys in precedence order (own data, then s9e, then oEmbed). A host from a later source
/// is dropped when an earlier source already covers it (the same host or a parent domain), so that our
/// own entries win; within one source, a more specific host may belong to another provider.
/// </summary>
internal sealed class HostTableBuilder
{
    private readonly Dictionary<string, (ProviderBuilder Provider, bool ExactOnly)> _entries = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="host"/> for <paramref name="provider"/>; returns false when it was dropped.</summary>
    public bool TryAdd(ProviderBuilder provider, string host, bool exactOnly)
    {
        host = Normalize(host, stripWww: provider.Source != ProviderSource.Own);
        if (host.Length == 0 || !host.Contains('.', StringComparison.Ordinal) || !HostNames.IsValidAsciiHost(host))
        {
            return false;
        }

        if (IsCovered(host, provider))
        {
            return false;
        }

        _entries[host] = (provider, exactOnly);
        provider.Hosts.Add(host);
        return true;
    }

    /// <summary>Builds the final table once every provider is built.</summary>
    public Dictionary<string, HostEntry> Build(IReadOnlyDictionary<ProviderBuilder, Provider> built)
    {
        var table = new Dictionary<string, HostEntry>(_entries.Count, StringComparer.Ordinal);
        foreach (KeyValuePair<string, (ProviderBuilder Provider, bool ExactOnly)> pair in _entries)
        {
            table[pair.Key] = new HostEntry(built[pair.Value.Provider], pair.Value.ExactOnly);
        }

        return table;
    }

    /// <summary>Lower-cases, drops leading <c>*.</c> wildcards and, for vendored data, a leading <c>www.</c>.</summary>
    public static string Normalize(string host, bool stripWww)
    {
        string result = host.Trim().ToLowerInvariant().TrimEnd('.');
        while (result.StartsWith("*.", StringComparison.Ordinal))
        {
            result = result[2..];
        }

        if (stripWww && result.StartsWith("www.", StringComparison.Ordinal))
        {
            result = result[4..];
        }

        return result.Contains('*', StringComparison.Ordinal) ? string.Empty : result;
    }

    private bool IsCovered(string host, ProviderBuilder provider)
    {
        ReadOnlySpan<char> suffix = host;
        bool first = true;
        while (true)
        {
            if (_entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(suffix, out var entry)
                && (first || !entry.ExactOnly))
            {
                if (first && entry.Provider.Source <= provider.Source)
                {
                    return true;
                }

                if (entry.Provider == provider || entry.Provider.Source < provider.Source)
                {
                    return true;
                }
            }

            int dot = suffix.IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            suffix = suffix[(dot + 1)..];
            first = false;
        }
    }
}
