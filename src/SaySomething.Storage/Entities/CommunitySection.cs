namespace SaySomething.Storage.Entities;

/// <summary>One section (Discourse category, XenForo forum node) with settings of its own; nulls inherit the community's.</summary>
public sealed class CommunitySection
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the community the section belongs to.</summary>
    public required string CommunityId { get; set; }

    /// <summary>Gets or sets the platform's id of the section (category id, node id) as text.</summary>
    public required string SectionId { get; set; }

    /// <summary>Gets or sets the action for drive-bys in this section, or null for the community's.</summary>
    public string? Action { get; set; }

    /// <summary>Gets or sets the preset for this section, or null for the community's.</summary>
    public string? PolicyPreset { get; set; }

    /// <summary>Gets or sets the governed links for this section, or null for the community's.</summary>
    public string? GovernedProviders { get; set; }
}
