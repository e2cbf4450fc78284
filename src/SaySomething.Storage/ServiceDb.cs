using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SaySomething.Storage.Communities;
using SaySomething.Storage.Entities;

namespace SaySomething.Storage;

/// <summary>
/// The service's database. One model for both providers; <see cref="Providers.SqliteServiceDb"/> and
/// <see cref="Providers.PostgresServiceDb"/> carry each provider's migrations.
/// </summary>
public abstract class ServiceDb : DbContext
{
    /// <summary>Creates the context.</summary>
    protected ServiceDb(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets the communities.</summary>
    public DbSet<Community> Communities => Set<Community>();

    /// <summary>Gets the sections with their own settings.</summary>
    public DbSet<CommunitySection> Sections => Set<CommunitySection>();

    /// <summary>Gets the API keys (hashes only).</summary>
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    /// <summary>Gets the webhook inbox.</summary>
    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();

    /// <summary>Gets the posts with their latest judgement.</summary>
    public DbSet<PostRecord> Posts => Set<PostRecord>();

    /// <summary>Gets the decisions.</summary>
    public DbSet<Decision> Decisions => Set<Decision>();

    /// <summary>Gets the outbox of platform calls.</summary>
    public DbSet<OutboxAction> Outbox => Set<OutboxAction>();

    /// <summary>Gets the append-only audit log.</summary>
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    /// <summary>Gets the moderator accounts.</summary>
    public DbSet<ModeratorAccount> Moderators => Set<ModeratorAccount>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every time is UTC; SQLite hands DateTime back unspecified, PostgreSQL's timestamptz insists on UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Community>(e =>
        {
            e.ToTable("communities");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasMaxLength(64);
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Platform).HasMaxLength(32);
            e.Property(c => c.GuardOrigins).HasMaxLength(GuardOriginList.MaxStoredLength);
            e.HasMany(c => c.Sections).WithOne().HasForeignKey(s => s.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CommunitySection>(e =>
        {
            e.ToTable("community_sections");
            e.HasIndex(s => new { s.CommunityId, s.SectionId }).IsUnique();
        });
        modelBuilder.Entity<ApiKeyRecord>(e =>
        {
            e.ToTable("api_keys");
            e.HasIndex(k => k.Hash).IsUnique();
            e.Property(k => k.Hash).HasMaxLength(64);
            e.Property(k => k.Prefix).HasMaxLength(8);
            e.HasOne<Community>().WithMany().HasForeignKey(k => k.CommunityId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("webhook_deliveries");
            e.HasIndex(d => new { d.Platform, d.CommunityId, d.DedupeKey }).IsUnique();
            e.HasIndex(d => new { d.State, d.NextAttemptAt });
            e.HasOne<Community>().WithMany().HasForeignKey(d => d.CommunityId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PostRecord>(e =>
        {
            e.ToTable("posts");
            e.HasIndex(p => new { p.CommunityId, p.ExternalId }).IsUnique();
            e.HasIndex(p => new { p.CommunityId, p.Verdict, p.JudgedAt });
            e.HasIndex(p => new { p.CommunityId, p.ThreadId, p.AuthorId });
            e.HasOne<Community>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Decision>(e =>
        {
            e.ToTable("decisions");
            e.HasIndex(d => d.AutomaticKey).IsUnique();
            e.HasIndex(d => new { d.PostId, d.CreatedAt });
            e.HasIndex(d => new { d.State, d.GraceEndsAt });
            // The inbox worker and the outbox dispatcher both move a decision's state: the loser of a race retries.
            e.Property(d => d.State).IsConcurrencyToken();
            e.HasOne<PostRecord>().WithMany().HasForeignKey(d => d.PostId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<OutboxAction>(e =>
        {
            e.ToTable("outbox_actions");
            e.HasIndex(o => o.IdempotencyKey).IsUnique();
            e.HasIndex(o => new { o.State, o.DueAt });
            // Claiming a row for sending and cancelling it must not both succeed.
            e.Property(o => o.State).IsConcurrencyToken();
            e.HasOne<Decision>().WithMany().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_log");
            e.HasIndex(a => new { a.CommunityId, a.At });
            e.HasIndex(a => new { a.TargetKind, a.TargetId });
        });
        modelBuilder.Entity<ModeratorAccount>(e =>
        {
            e.ToTable("moderators");
            e.HasIndex(m => m.UserName).IsUnique();
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
