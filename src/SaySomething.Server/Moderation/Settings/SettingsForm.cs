using System.Globalization;
using Microsoft.AspNetCore.Http;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Storage.Communities;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Moderation.Settings;

/// <summary>A section's own settings as the form shows them (null or empty: the community's).</summary>
/// <param name="SectionId">The platform's section id.</param>
/// <param name="Action">The action, or null.</param>
/// <param name="Preset">The preset, or null.</param>
/// <param name="Governed">The governed links, or null.</param>
public sealed record SectionSettings(string SectionId, string? Action, string? Preset, string? Governed);

/// <summary>The settings form of one community: what it shows, and what was sent back.</summary>
public sealed record SettingsForm
{
    /// <summary>The most sections a community may have settings for.</summary>
    public const int MaxSections = 500;

    /// <summary>Gets the community id.</summary>
    public required string CommunityId { get; init; }

    /// <summary>Gets the display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the platform (shown, not edited here).</summary>
    public required string Platform { get; init; }

    /// <summary>Gets the preset.</summary>
    public required string Preset { get; init; }

    /// <summary>Gets the governed links.</summary>
    public required string Governed { get; init; }

    /// <summary>Gets the grace period in minutes.</summary>
    public int GraceMinutes { get; init; }

    /// <summary>Gets the action for sections without their own.</summary>
    public required string Action { get; init; }

    /// <summary>Gets the sections with settings of their own.</summary>
    public IReadOnlyList<SectionSettings> Sections { get; init; } = [];

    /// <summary>Gets a value indicating whether the community has a platform API (otherwise actions are recorded only).</summary>
    public bool CanAct { get; init; }

    internal static SettingsForm From(Community community, bool canAct) => new()
    {
        CommunityId = community.Id,
        Name = community.Name,
        Platform = community.Platform,
        Preset = community.PolicyPreset,
        Governed = community.GovernedProviders,
        GraceMinutes = community.GraceSeconds / 60,
        Action = community.DefaultAction,
        Sections = community.Sections.OrderBy(s => s.SectionId, StringComparer.Ordinal)
            .Select(s => new SectionSettings(s.SectionId, s.Action, s.PolicyPreset, s.GovernedProviders)).ToList(),
        CanAct = canAct,
    };

    /// <summary>Reads the posted form over <paramref name="current"/>; problems go to <paramref name="errors"/>.</summary>
    internal static SettingsForm Read(IFormCollection form, SettingsForm current, List<string> errors)
    {
        var values = new FormValues(name => form[name]);
        var sections = new List<SectionSettings>();
        for (int i = 0; form.ContainsKey(Field(i, "id")); i++)
        {
            if (i >= MaxSections)
            {
                values.Errors.Add($"At most {MaxSections} sections can have settings of their own.");
                break;
            }

            string label = $"Section {i + 1}";
            string? id = values.Text(Field(i, "id"), label + " id", 64);
            if (id is null || form[Field(i, "remove")] == "on")
            {
                continue;
            }

            sections.Add(new SectionSettings(id,
                values.Choice(Field(i, "action"), label + " action", ModerationAction.All),
                values.Choice(Field(i, "preset"), label + " preset", CommunitySettings.Presets),
                values.Choice(Field(i, "governed"), label + " governed links", CommunitySettings.GovernedValues)));
        }

        var duplicate = sections.GroupBy(s => s.SectionId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            values.Errors.Add($"Section '{duplicate.Key}' is listed twice; keep one row for it.");
        }

        var read = current with
        {
            Name = values.Text("name", "Name", 200, required: true) ?? current.Name,
            Preset = values.Choice("preset", "Preset", CommunitySettings.Presets, required: true) ?? current.Preset,
            Governed = values.Choice("governed", "Governed links", CommunitySettings.GovernedValues, required: true) ?? current.Governed,
            GraceMinutes = values.Number("grace", "Grace period (minutes)", 0, CommunitySettings.MaxGraceSeconds / 60, -1),
            Action = values.Choice("action", "Action", ModerationAction.All, required: true) ?? current.Action,
            Sections = sections,
        };
        if (read.GraceMinutes < 0)
        {
            values.Errors.Add("Grace period (minutes) is required.");
        }

        errors.AddRange(values.Errors);
        return read;
    }

    /// <summary>The name of a section row's field (<c>sections[2].action</c>).</summary>
    public static string Field(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"sections[{index}].{name}");
}
