using System.CommandLine;
using System.Globalization;
using SaySomething.Cli.Service;
using SaySomething.Storage;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Durability;
using SaySomething.Storage.Keys;

namespace SaySomething.Cli.Commands;

/// <summary><c>saysomething keys add NAME [--community ID] [--check-only] | list | revoke ID</c>, each with <c>--data</c>/<c>--postgres</c>.</summary>
internal static class KeysCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("keys", "Manage the API keys of POST /v1/check and the read API.");
        command.Subcommands.Add(Add(console));
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Revoke(console));
        return command;
    }

    private static Command Add(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = $"What the key is for (1 to {ApiKeys.MaxNameLength} characters)." };
        var community = new Option<string?>("--community") { Description = "Limit the key to this community." };
        var checkOnly = new Option<bool>("--check-only") { Description = "The key may only call POST /v1/check (for composer widgets)." };
        var store = new StoreOptions();
        var command = new Command("add", "Create a key and print it once; only its hash is stored.") { name, community, checkOnly };
        store.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var opened = await OpenAsync(store, parsed, console, cancellationToken).ConfigureAwait(false);
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            try
            {
                var (key, record) = await ApiKeys.AddAsync(opened, parsed.GetValue(name)!, parsed.GetValue(community), parsed.GetValue(checkOnly), AuditLog.Cli, TimeProvider.System, cancellationToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync(key).ConfigureAwait(false);
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Key {record.Id} '{record.Name}'{(record.CommunityId is null ? "" : " for community " + record.CommunityId)}{(record.CheckOnly ? ", check only" : "")}. It is shown only now: store it safely.")).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (ArgumentException e)
            {
                await console.Error.WriteLineAsync($"error: {e.Message.Split(" (Parameter", 2)[0]}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var store = new StoreOptions();
        var command = new Command("list", "List the keys (id, prefix, name, community, kind, state); keys themselves are never stored.");
        store.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var opened = await OpenAsync(store, parsed, console, cancellationToken).ConfigureAwait(false);
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            foreach (var key in await ApiKeys.ListAsync(opened, cancellationToken).ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{key.Id}\t{key.Prefix}…\t{key.Name}\t{key.CommunityId ?? "*"}\t{(key.CheckOnly ? "check-only" : "full")}\t{(key.RevokedAt is null ? "valid" : "revoked " + key.RevokedAt.Value.ToString("u", CultureInfo.InvariantCulture))}")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Revoke(CliConsole console)
    {
        var id = new Argument<long>("id") { Description = "The key's id (from 'keys list')." };
        var store = new StoreOptions();
        var command = new Command("revoke", "Revoke a key; a running service stops accepting it within 10 seconds.") { id };
        store.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var opened = await OpenAsync(store, parsed, console, cancellationToken).ConfigureAwait(false);
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            long keyId = parsed.GetValue(id);
            if (!await ApiKeys.RevokeAsync(opened, keyId, AuditLog.Cli, TimeProvider.System, cancellationToken).ConfigureAwait(false))
            {
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"error: there is no valid key {keyId} ('keys list' shows them).")).ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Key {keyId} revoked.")).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Opens (and migrates) the store, or reports why not.</summary>
    internal static async Task<ServiceStore?> OpenAsync(StoreOptions options, ParseResult parsed, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            var store = new ServiceStore(options.Resolve(parsed));
            await store.PrepareAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (Exception e) when (e is StoreConfigurationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
