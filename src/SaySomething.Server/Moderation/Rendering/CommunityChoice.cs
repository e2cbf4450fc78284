using Microsoft.EntityFrameworkCore;
using SaySomething.Storage;

namespace SaySomething.Server.Moderation.Rendering;

/// <summary>A community as a filter offers it: its id and name, nothing secret.</summary>
/// <param name="Id">The community id.</param>
/// <param name="Name">The display name.</param>
public sealed record CommunityChoice(string Id, string Name)
{
    internal static Task<List<CommunityChoice>> AllAsync(ServiceDb db, CancellationToken cancellationToken) =>
        db.Communities.AsNoTracking().OrderBy(c => c.Id).Select(c => new CommunityChoice(c.Id, c.Name)).ToListAsync(cancellationToken);
}
