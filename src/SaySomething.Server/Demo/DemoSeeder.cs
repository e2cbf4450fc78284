using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SaySomething.Core.Documents;
using SaySomething.Platforms;
using SaySomething.Platforms.Generic;
using SaySomething.Server.Actions;
using SaySomething.Server.Processing;
using SaySomething.Storage;
using SaySomething.Storage.Accounts;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Entities;

namespace SaySomething.Server.Demo;

/// <summary>
/// On the first run (no community yet), creates the <c>demo</c> community (generic webhook, notify only) holding the
/// bundled <c>samples/posts.jsonl</c>, each post judged and decided, so a new user sees a queue at once.
/// </summary>
internal static class DemoSeeder
{
    public const string CommunityId = "demo";

    /// <summary>Seeds the demo community when there is no community; returns its webhook secret, or null when nothing was seeded.</summary>
    public static async Task<string?> SeedAsync(ServiceStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            if (await db.Communities.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var now = time.GetUtcNow().UtcDateTime;
            string secret = PasswordHashing.NewOneTimePassword();
            var community = new Community
            {
                Id = CommunityId,
                Name = "Demo (bundled sample posts)",
                Platform = GenericAdapter.AdapterName,
                WebhookSecret = store.Secrets.Protect(secret),
                CreatedAt = now,
            };
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                db.Communities.Add(community);
                AuditLog.Add(db, now, AuditLog.System, CommunityId, "community.created", "community", CommunityId, "first run: demo community with the bundled sample posts");
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                foreach (var post in SamplePosts())
                {
                    var judgement = JudgedPost.Judge(community, post);
                    var row = JudgedPost.NewRow(CommunityId, post, judgement, now);
                    db.Posts.Add(row);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await ActionPlanner.PlanAsync(db, community, row, judgement, null, now, cancellationToken).ConfigureAwait(false);
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return secret;
        }
    }

    private static List<PlatformPost> SamplePosts()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SaySomething.Server.Demo.posts.jsonl")
            ?? throw new InvalidOperationException("The bundled sample posts are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var posts = new List<PlatformPost>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            posts.Add(new PlatformPost
            {
                PostId = root.GetProperty("id").GetString()!,
                Version = "1",
                Text = root.GetProperty("text").GetString()!,
                Format = (root.TryGetProperty("format", out var f) ? f.GetString() : null) switch
                {
                    "bbcode" => MarkupFormat.BbCode,
                    "markdown" => MarkupFormat.Markdown,
                    "html" => MarkupFormat.Html,
                    _ => MarkupFormat.Plain,
                },
                ThreadTitle = root.TryGetProperty("thread_title", out var t) ? t.GetString() : null,
                AuthorName = "sample",
            });
        }

        return posts;
    }
}
