namespace SaySomething.Core.Policies;

/// <summary>
/// A default policy plus overrides per community and per section of a community, as a policy file describes them.
/// <see cref="Resolve"/> picks the most specific one.
/// </summary>
public sealed class PolicySet
{
    private readonly Dictionary<string, CommunityPolicies> _communities;

    /// <summary>Creates a set from a default policy and the communities' overrides (already merged over the default).</summary>
    public PolicySet(JudgePolicy defaults, IReadOnlyDictionary<string, CommunityPolicies>? communities = null)
    {
        Defaults = defaults;
        _communities = communities is null
            ? new Dictionary<string, CommunityPolicies>(StringComparer.Ordinal)
            : new Dictionary<string, CommunityPolicies>(communities, StringComparer.Ordinal);
    }

    /// <summary>Gets the set that applies <see cref="JudgePolicy.Default"/> everywhere.</summary>
    public static PolicySet Default { get; } = new(JudgePolicy.Default);

    /// <summary>Gets the policy for posts of no configured community.</summary>
    public JudgePolicy Defaults { get; }

    /// <summary>Gets the configured communities' ids.</summary>
    public IEnumerable<string> Communities => _communities.Keys;

    /// <summary>The policy for a post in <paramref name="community"/> and <paramref name="section"/> (either may be null).</summary>
    public JudgePolicy Resolve(string? community, string? section)
    {
        if (community is null || !_communities.TryGetValue(community, out var policies))
        {
            return Defaults;
        }

        return section is not null && policies.Sections.TryGetValue(section, out var sectionPolicy)
            ? sectionPolicy
            : policies.Policy;
    }
}

/// <summary>A community's policy and its sections' policies, each already merged over the one above it.</summary>
/// <param name="Policy">The community's policy.</param>
/// <param name="Sections">Policies of sections that override it, by section id.</param>
public sealed record CommunityPolicies(JudgePolicy Policy, IReadOnlyDictionary<string, JudgePolicy> Sections);
