using Microsoft.EntityFrameworkCore;

namespace SaySomething.Storage.Providers;

/// <summary>The service database on SQLite; its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteServiceDb(DbContextOptions<SqliteServiceDb> options) : ServiceDb(options);
