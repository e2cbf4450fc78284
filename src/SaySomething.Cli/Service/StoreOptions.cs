using System.CommandLine;
using SaySomething.Storage;

namespace SaySomething.Cli.Service;

/// <summary>The <c>--data DIR</c> and <c>--postgres CONNECTION</c> options every service command shares.</summary>
internal sealed class StoreOptions
{
    /// <summary>The environment variable that names a PostgreSQL database instead of the SQLite data folder.</summary>
    public const string PostgresVariable = "SAYSOMETHING_POSTGRES";

    public Option<string?> Data { get; } = new("--data")
    {
        Description = "The data folder (created on first run) holding the SQLite database. Default: ~/.local/share/saysomething.",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = $"A PostgreSQL connection string to use instead of SQLite (or set {PostgresVariable}); --data then holds only the secrets key.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Postgres);
    }

    /// <summary>Where the data lives for this invocation.</summary>
    public StoreLocation Resolve(ParseResult parsed)
    {
        string? postgres = parsed.GetValue(Postgres) ?? Environment.GetEnvironmentVariable(PostgresVariable);
        string data = parsed.GetValue(Data)
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "saysomething");
        // With PostgreSQL the data folder still holds the key that encrypts stored platform secrets.
        return string.IsNullOrWhiteSpace(postgres) ? StoreLocation.InDataFolder(data) : StoreLocation.InPostgres(postgres, data);
    }
}
