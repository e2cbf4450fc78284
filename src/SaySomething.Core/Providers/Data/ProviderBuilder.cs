using SaySomething.Core.Providers.Rules;

namespace SaySomething.Core.Providers.Data;

/// <summary>A provider while the registry is being built from the data files (mutable, single-threaded).</summary>
internal sealed class ProviderBuilder(string id, string name, LinkKind defaultKind, ProviderSource source)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public LinkKind DefaultKind { get; } = defaultKind;

    public ProviderSource Source { get; } = source;

    public bool MatchesAnyHost { get; set; }

    public List<PathRule> Rules { get; } = [];

    public List<string> Hosts { get; } = [];

    public List<string> MediaSiteIds { get; } = [];

    public Provider Build() =>
        new(Id, Name, DefaultKind, Source, [.. Rules], [.. Hosts], [.. MediaSiteIds], MatchesAnyHost);
}
