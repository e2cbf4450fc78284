using System.Diagnostics.CodeAnalysis;
using SaySomething.Core.Policies;
using SaySomething.Metadata;
using SaySomething.Metadata.Caching;

namespace SaySomething.Cli.Metadata;

/// <summary>Builds the metadata service a command uses from its options, or says on standard error why it cannot.</summary>
internal static class MetadataSetup
{
    /// <summary>The per-user cache file: <c>$XDG_DATA_HOME/saysomething/metadata-cache.db</c> (by default
    /// <c>~/.local/share/…</c>) on Linux, <c>%LOCALAPPDATA%\saysomething\…</c> on Windows.</summary>
    public static string DefaultCachePath()
    {
        string folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(folder))
        {
            folder = Path.GetTempPath();
        }

        return Path.Combine(folder, "saysomething", "metadata-cache.db");
    }

    /// <summary>The service for <paramref name="request"/>, and the setting the caller allows.</summary>
    public static bool TryCreate(
        FetchRequest request, CliServices services, CliConsole console, TimeSpan? defaultBudget,
        [NotNullWhen(true)] out MetadataService? service, out FetchSetting setting)
    {
        service = null;
        setting = request.Offline ? FetchSetting.CacheOnly : FetchSetting.On;
        var fetcher = request.Offline ? null : services.CreateFetcher();
        if (!request.Offline && fetcher is null)
        {
            console.Error.WriteLine("error: fetching is not available here; use --offline to use what the metadata cache holds.");
            return false;
        }

        IMetadataCache cache;
        try
        {
            cache = SqliteMetadataCache.Open(request.CachePath ?? DefaultCachePath());
        }
        catch (MetadataCacheException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return false;
        }

        var budget = request.BudgetSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : defaultBudget ?? MetadataOptions.Default.Budget;
        service = new MetadataService(fetcher, cache, new MetadataOptions { Budget = budget });
        return true;
    }
}
