namespace SaySomething.Storage.Entities;

/// <summary>An API key: only its SHA-256 hash and first characters are stored; the key itself is shown once.</summary>
public sealed class ApiKeyRecord
{
    /// <summary>Gets or sets the row id.</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the name its owner gave it.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the lowercase hex SHA-256 of the key (unique; the key is found by it).</summary>
    public required string Hash { get; set; }

    /// <summary>Gets or sets the key's first characters, to recognise it in lists.</summary>
    public required string Prefix { get; set; }

    /// <summary>Gets or sets the community the key is limited to, or null for every community.</summary>
    public string? CommunityId { get; set; }

    /// <summary>Gets or sets a value indicating whether the key may only check posts (composer widgets).</summary>
    public bool CheckOnly { get; set; }

    /// <summary>Gets or sets when the key was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Gets or sets when the key was revoked (UTC), or null while it is valid.</summary>
    public DateTime? RevokedAt { get; set; }
}
