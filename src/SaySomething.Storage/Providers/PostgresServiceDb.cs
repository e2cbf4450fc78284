using Microsoft.EntityFrameworkCore;

namespace SaySomething.Storage.Providers;

/// <summary>The service database on PostgreSQL; its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresServiceDb(DbContextOptions<PostgresServiceDb> options) : ServiceDb(options);
