using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SaySomething.Storage.Providers;

namespace SaySomething.Storage.Design;

/// <summary>Lets <c>dotnet ef migrations add NAME --context SqliteServiceDb</c> build the SQLite context without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteServiceDb>
{
    public SqliteServiceDb CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<SqliteServiceDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add NAME --context PostgresServiceDb</c> build the PostgreSQL context; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresServiceDb>
{
    public PostgresServiceDb CreateDbContext(string[] args)
        => new(new DbContextOptionsBuilder<PostgresServiceDb>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
