using SaySomething.Storage.Entities;

namespace SaySomething.Storage.Audit;

/// <summary>
/// Adds audit rows to the unit of work that makes the change, so both are committed in one transaction or neither.
/// Rows are never changed afterwards (the database refuses it).
/// </summary>
public static class AuditLog
{
    /// <summary>The actor name of the service's automatic work.</summary>
    public const string System = "system";

    /// <summary>The actor name of the command line.</summary>
    public const string Cli = "cli";

    /// <summary>Adds one audit row to <paramref name="db"/>'s pending changes.</summary>
    public static AuditEntry Add(ServiceDb db, DateTime at, string actor, string? communityId, string action, string targetKind, string? targetId, string? reason, string? detailsJson = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = new AuditEntry
        {
            At = at,
            Actor = actor,
            CommunityId = communityId,
            Action = action,
            TargetKind = targetKind,
            TargetId = targetId,
            Reason = reason,
            DetailsJson = detailsJson,
        };
        db.Audit.Add(entry);
        return entry;
    }
}
