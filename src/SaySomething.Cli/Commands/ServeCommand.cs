using System.CommandLine;
using Microsoft.Extensions.Logging;
using SaySomething.Cli.Service;
using SaySomething.Server.Hosting;
using SaySomething.Storage.Durability;

namespace SaySomething.Cli.Commands;

/// <summary>
/// <c>saysomething serve [--urls URL] [--data DIR] [--postgres CONNECTION]</c>: runs the service (check API, webhooks,
/// workers) until stopped. Without options: http://127.0.0.1:5080, SQLite in the data folder, a demo community.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen (semicolon-separated). Default: {ServiceOptions.DefaultUrls}.",
            DefaultValueFactory = _ => ServiceOptions.DefaultUrls,
        };
        var callsPerMinute = new Option<int>("--platform-calls-per-minute")
        {
            Description = "The most API calls per minute to each community's forum (default 50; Discourse allows 60 admin-API requests a minute by default).",
            DefaultValueFactory = _ => 50,
        };
        callsPerMinute.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                result.AddError("--platform-calls-per-minute must be 1 to 100000.");
            }
        });
        var checksPerMinute = new Option<int>("--check-requests-per-minute")
        {
            Description = "The most POST /v1/check requests per minute per API key (default 6000); more get 429 with Retry-After.",
            DefaultValueFactory = _ => 6000,
        };
        checksPerMinute.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10_000_000)
            {
                result.AddError("--check-requests-per-minute must be 1 to 10000000.");
            }
        });
        var store = new StoreOptions();
        var command = new Command("serve", "Run the service: POST /v1/check, the platforms' webhooks, judging and actions. Stops on Ctrl+C.")
        {
            urls,
            callsPerMinute,
            checksPerMinute,
        };
        store.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var options = new ServiceOptions
            {
                Store = store.Resolve(parsed),
                Urls = parsed.GetValue(urls) ?? ServiceOptions.DefaultUrls,
                Notices = console.Out,
                PlatformCallsPerMinute = parsed.GetValue(callsPerMinute),
                CheckPermitsPerWindow = parsed.GetValue(checksPerMinute),
                RateWindow = TimeSpan.FromMinutes(1),
            };
            try
            {
                await ServiceApp.PrepareAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreConfigurationException e)
            {
                await console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var app = ServiceApp.Build(options, logging => logging.SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information)
                // The service keeps no data-protected payloads (no cookies yet): the key-ring warning is noise.
                .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error));
            await using (app.ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync($"SaySomething serves {options.Urls} with {options.Store.Describe()}; OpenAPI at /openapi/v1.json.").ConfigureAwait(false);
                try
                {
                    await app.RunAsync().ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    // Typically the address is in use.
                    await console.Error.WriteLineAsync($"error: cannot listen on {options.Urls}: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
