using SaySomething.Platforms.Discourse;
using SaySomething.Platforms.Generic;
using SaySomething.Platforms.XenForo;

namespace SaySomething.Platforms;

/// <summary>The adapters the service knows, by name.</summary>
public sealed class PlatformRegistry
{
    private readonly Dictionary<string, IPlatformAdapter> _adapters;

    /// <summary>Creates a registry of <paramref name="adapters"/>.</summary>
    public PlatformRegistry(IEnumerable<IPlatformAdapter> adapters)
    {
        ArgumentNullException.ThrowIfNull(adapters);
        _adapters = adapters.ToDictionary(a => a.Name, StringComparer.Ordinal);
    }

    /// <summary>Creates the registry of the built-in adapters (Discourse, XenForo 2.3, generic signed JSON).</summary>
    public static PlatformRegistry CreateDefault(TimeProvider time) =>
        new([new DiscourseAdapter(), new XenForoAdapter(), new GenericAdapter(time)]);

    /// <summary>Gets the adapters' names.</summary>
    public IEnumerable<string> Names => _adapters.Keys;

    /// <summary>The adapter named <paramref name="name"/>, or null.</summary>
    public IPlatformAdapter? Find(string name) => _adapters.GetValueOrDefault(name);
}
