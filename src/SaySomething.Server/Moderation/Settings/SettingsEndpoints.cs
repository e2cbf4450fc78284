using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaySomething.Server.Actions;
using SaySomething.Server.Hosting;
using SaySomething.Server.Moderation.Pages;
using SaySomething.Server.Moderation.Rendering;
using SaySomething.Server.Moderation.Security;
using SaySomething.Storage;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Communities;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Moderation.Settings;

/// <summary>
/// <c>/ui/communities</c> (admin): the communities and each one's settings: preset, governed links, grace period,
/// action, and per-section overrides. Checked by <see cref="CommunitySettings.Problem"/>; saved with one audit row
/// holding the settings before and after, in one transaction. Secrets and platform credentials are never shown here.
/// </summary>
internal static class SettingsEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext http, ServiceStore store, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var communities = await db.Communities.AsNoTracking().OrderBy(c => c.Id).Include(c => c.Sections).ToListAsync(cancellationToken).ConfigureAwait(false);
            var forms = communities.Select(c => SettingsForm.From(c, ActionPlanner.CanAct(c))).ToList();
            return UiResults.Page<CommunitiesPage>(http, new { Ui = UiContext.For(http), Communities = forms });
        }
    }

    public static async Task<IResult> ShowAsync(string id, HttpContext http, ServiceStore store, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var community = await db.Communities.AsNoTracking().Include(c => c.Sections).SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
            return community is null
                ? NotFound(http, id)
                : UiResults.Page<SettingsPage>(http, new { Ui = UiContext.For(http), Model = SettingsForm.From(community, ActionPlanner.CanAct(community)), Errors = new List<string>() });
        }
    }

    public static async Task<IResult> SaveAsync(string id, HttpContext http, ServiceStore store, ServiceOptions options, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var community = await db.Communities.Include(c => c.Sections).SingleOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
            if (community is null)
            {
                return NotFound(http, id);
            }

            var before = SettingsForm.From(community, ActionPlanner.CanAct(community));
            var errors = new List<string>();
            var after = SettingsForm.Read(form, before, errors);
            if (errors.Count == 0)
            {
                community.Name = after.Name;
                community.PolicyPreset = after.Preset;
                community.GovernedProviders = after.Governed;
                community.GraceSeconds = after.GraceMinutes * 60;
                community.DefaultAction = after.Action;
                if (CommunitySettings.Problem(community) is { } problem)
                {
                    errors.Add(problem);
                }
            }

            if (errors.Count > 0)
            {
                return UiResults.Page<SettingsPage>(http, new { Ui = UiContext.For(http), Model = after, Errors = errors }, StatusCodes.Status400BadRequest);
            }

            ApplySections(db, community, after.Sections);
            var now = options.Time.GetUtcNow().UtcDateTime;
            AuditLog.Add(db, now, SessionClaims.ActorOf(http.User), community.Id, "community.settings_changed", "community", community.Id,
                $"preset {after.Preset}; governed {after.Governed}; grace {after.GraceMinutes} min; action {after.Action}; {after.Sections.Count} section(s) with their own settings",
                JsonSerializer.Serialize(new { before = Snapshot(before), after = Snapshot(after) }));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return UiResults.SeeOther($"/ui/communities/{Uri.EscapeDataString(id)}/settings?done=settings");
        }
    }

    private static void ApplySections(ServiceDb db, Community community, IReadOnlyList<SectionSettings> wanted)
    {
        foreach (var section in community.Sections.Where(s => wanted.All(w => w.SectionId != s.SectionId)).ToList())
        {
            db.Sections.Remove(section);
        }

        foreach (var w in wanted)
        {
            var section = community.Sections.FirstOrDefault(s => s.SectionId == w.SectionId);
            if (section is null)
            {
                section = new CommunitySection { CommunityId = community.Id, SectionId = w.SectionId };
                db.Sections.Add(section);
            }

            section.Action = w.Action;
            section.PolicyPreset = w.Preset;
            section.GovernedProviders = w.Governed;
        }
    }

    private static object Snapshot(SettingsForm form) => new
    {
        name = form.Name,
        preset = form.Preset,
        governed = form.Governed,
        grace_minutes = form.GraceMinutes,
        action = form.Action,
        sections = form.Sections.Select(s => new { id = s.SectionId, action = s.Action, preset = s.Preset, governed = s.Governed }),
    };

    private static IResult NotFound(HttpContext http, string id) =>
        UiResults.Message(http, StatusCodes.Status404NotFound, "No such community", $"There is no community '{id}'.", "/ui/communities");
}
