using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SaySomething.Cli.Service;
using SaySomething.Storage.Audit;
using SaySomething.Storage.Communities;
using SaySomething.Storage.Entities;

namespace SaySomething.Cli.Commands;

/// <summary><c>saysomething communities set ID --platform P --secret S [--api-url U --api-key K --api-user A] … | list</c>.</summary>
internal static class CommunitiesCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("communities", "Connect forums: each community has a platform, a webhook secret, an API to act through and moderation settings.");
        command.Subcommands.Add(Set(console));
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(GuardOrigins(console));
        return command;
    }

    private static Command Set(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The community id used in its webhook URL (a-z, 0-9, '_', '-')." };
        var platform = new Option<string>("--platform") { Description = "discourse, xenforo or generic.", Required = true };
        platform.AcceptOnlyFromAmong([.. CommunitySettings.Platforms]);
        var secret = new Option<string?>("--secret") { Description = $"The webhook secret configured on the forum (at least {CommunitySettings.MinSecretLength} characters). Without one, every delivery is refused." };
        var name = new Option<string?>("--name") { Description = "A display name." };
        var apiUrl = new Option<string?>("--api-url") { Description = "The forum's base URL for API calls (XenForo: the URL the api/ folder is under)." };
        var apiKey = new Option<string?>("--api-key") { Description = "The forum API key to act with (Discourse Api-Key, XenForo XF-Api-Key)." };
        var apiUser = new Option<string?>("--api-user") { Description = "Who to act as: a Discourse username, or a XenForo user id for a super-user key." };
        var moderators = new Option<string?>("--moderators") { Description = "XenForo user ids (comma-separated) who receive a conversation instead of a flag." };
        var action = new Option<string>("--action") { Description = "What to do about a drive-by after the grace period: notify, flag, hide or message.", DefaultValueFactory = _ => ModerationAction.Notify };
        action.AcceptOnlyFromAmong([.. ModerationAction.All]);
        var grace = new Option<int>("--grace-minutes") { Description = "Minutes the author has to fix the post before the action (default 15).", DefaultValueFactory = _ => 15 };
        var preset = new Option<string>("--preset") { Description = "lenient, standard or strict.", DefaultValueFactory = _ => "standard" };
        preset.AcceptOnlyFromAmong([.. CommunitySettings.Presets]);
        var governed = new Option<string>("--governed") { Description = "Which links need a comment.", DefaultValueFactory = _ => "social_video_and_articles" };
        governed.AcceptOnlyFromAmong([.. CommunitySettings.GovernedValues]);
        var origins = new Option<string?>("--guard-origins") { Description = GuardOriginsHelp };
        var store = new StoreOptions();
        var command = new Command("set", "Add a community, or replace its settings.")
        {
            id, platform, secret, name, apiUrl, apiKey, apiUser, moderators, action, grace, preset, governed, origins,
        };
        store.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var opened = await KeysCommand.OpenAsync(store, parsed, console, cancellationToken).ConfigureAwait(false);
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            int minutes = parsed.GetValue(grace);
            var community = new Community
            {
                Id = parsed.GetValue(id)!,
                Name = parsed.GetValue(name) ?? parsed.GetValue(id)!,
                Platform = parsed.GetValue(platform)!,
                WebhookSecret = parsed.GetValue(secret),
                ApiBaseUrl = parsed.GetValue(apiUrl),
                ApiKey = parsed.GetValue(apiKey),
                ApiUser = parsed.GetValue(apiUser),
                ModeratorRecipients = parsed.GetValue(moderators),
                DefaultAction = parsed.GetValue(action)!,
                GraceSeconds = minutes is >= 0 and <= CommunitySettings.MaxGraceSeconds / 60 ? minutes * 60 : -1,
                PolicyPreset = parsed.GetValue(preset)!,
                GovernedProviders = parsed.GetValue(governed)!,
                GuardOrigins = parsed.GetValue(origins),
            };
            if (await CommunitySettings.SaveAsync(opened, community, AuditLog.Cli, TimeProvider.System, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                await console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            await console.Out.WriteLineAsync($"Community '{community.Id}' saved. Point the forum's webhook at /webhooks/{community.Platform}/{community.Id}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var store = new StoreOptions();
        var command = new Command("list", "List the communities and their settings (secrets and API keys are not shown).");
        store.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var opened = await KeysCommand.OpenAsync(store, parsed, console, cancellationToken).ConfigureAwait(false);
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            var db = opened.Open();
            await using (db.ConfigureAwait(false))
            {
                foreach (var c in await db.Communities.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
                {
                    await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{c.Id}\t{c.Platform}\tsecret {(string.IsNullOrEmpty(c.WebhookSecret) ? "missing (deliveries refused)" : "set")}\tapi {(string.IsNullOrEmpty(c.ApiKey) ? "none" : c.ApiBaseUrl)}\t{c.DefaultAction} after {c.GraceSeconds / 60} min\t{c.PolicyPreset}\tguard origins {c.GuardOrigins ?? "none"}")).ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private const string GuardOriginsHelp = "The forum addresses whose pages may run the composer guard with this community's check-only keys, "
        + "separated by spaces or commas (e.g. https://forum.example.org); https except on localhost; at most 20.";

    private static Command GuardOrigins(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The community id." };
        var origins = new Argument<string[]>("origins") { Description = GuardOriginsHelp + " None clears the list.", Arity = ArgumentArity.ZeroOrMore };
        var store = new StoreOptions();
        var command = new Command("guard-origins", "Set only the origins the composer guard may run on (CORS for check-only keys); the change is audited.")
        {
            id, origins,
        };
        store.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var opened = await KeysCommand.OpenAsync(store, parsed, console, cancellationToken).ConfigureAwait(false);
            if (opened is null)
            {
                return ExitCodes.BadInput;
            }

            string communityId = parsed.GetValue(id)!;
            string text = string.Join(' ', parsed.GetValue(origins) ?? []);
            if (await CommunitySettings.SetGuardOriginsAsync(opened, communityId, text, AuditLog.Cli, TimeProvider.System, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                await console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            string shown = GuardOriginList.Parse(text).Stored ?? "none (the guard works only on this service's own pages)";
            await console.Out.WriteLineAsync($"Community '{communityId}': guard origins {shown}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
