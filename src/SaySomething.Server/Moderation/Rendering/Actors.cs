using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SaySomething.Storage;

namespace SaySomething.Server.Moderation.Rendering;

/// <summary>Turns audit actors (<c>moderator:3</c>) into what a person reads (<c>alice (moderator 3)</c>).</summary>
internal static class Actors
{
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(ServiceDb db, IEnumerable<string> actors, CancellationToken cancellationToken)
    {
        var ids = actors.Distinct(StringComparer.Ordinal)
            .Select(a => a.StartsWith("moderator:", StringComparison.Ordinal)
                && long.TryParse(a.AsSpan("moderator:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : (long?)null)
            .OfType<long>().ToList();
        var names = await db.Moderators.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.UserName })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return names.ToDictionary(n => "moderator:" + n.Id.ToString(CultureInfo.InvariantCulture), n => n.UserName, StringComparer.Ordinal);
    }

    public static string Describe(string actor, IReadOnlyDictionary<string, string> names) =>
        names.TryGetValue(actor, out var name) ? $"{name} ({actor})" : actor;
}
