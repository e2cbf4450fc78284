using System.Text.Json;
using SaySomething.Core.Providers.Rules;

namespace SaySomething.Core.Providers.Data;

/// <summary>Reads our own <c>providers.json</c> (format in <c>Data/README.md</c>).</summary>
internal static class OwnProvidersReader
{
    public static void Read(JsonDocument document, RegistryBuildContext context)
    {
        foreach (JsonElement item in document.RootElement.GetProperty("providers").EnumerateArray())
        {
            string? id = EmbeddedData.String(item, "id");
            if (id is null)
            {
                continue; // "_comment" entries.
            }

            var provider = context.Add(new ProviderBuilder(
                id,
                EmbeddedData.String(item, "name") ?? id,
                ParseKind(EmbeddedData.String(item, "kind")),
                ProviderSource.Own));
            provider.MatchesAnyHost = item.TryGetProperty("anyHost", out JsonElement anyHost) && anyHost.GetBoolean();

            foreach (string host in EmbeddedData.Strings(item, "hosts"))
            {
                AddHost(context, provider, host, exactOnly: false);
            }

            foreach (string host in EmbeddedData.Strings(item, "exactHosts"))
            {
                AddHost(context, provider, host, exactOnly: true);
            }

            foreach (string site in EmbeddedData.Strings(item, "mediaSites"))
            {
                provider.MediaSiteIds.Add(site);
                context.ByMediaSite.Add(site, provider);
            }

            foreach (string name in EmbeddedData.Strings(item, "oembedNames"))
            {
                context.ByOEmbedName.Add(name, provider);
            }

            if (item.TryGetProperty("rules", out JsonElement rules))
            {
                foreach (JsonElement rule in rules.EnumerateArray())
                {
                    provider.Rules.Add(PathRule.Create(
                        EmbeddedData.Strings(rule, "hosts"),
                        EmbeddedData.String(rule, "path") ?? throw new FormatException($"Rule of '{id}' has no path."),
                        EmbeddedData.String(rule, "query"),
                        ParseKind(EmbeddedData.String(rule, "kind")),
                        EmbeddedData.String(rule, "id")));
                }
            }
        }
    }

    private static void AddHost(RegistryBuildContext context, ProviderBuilder provider, string host, bool exactOnly)
    {
        if (!context.Hosts.TryAdd(provider, host, exactOnly))
        {
            throw new FormatException($"Host '{host}' of '{provider.Id}' is invalid or listed twice.");
        }
    }

    private static LinkKind ParseKind(string? kind) =>
        kind is null ? LinkKind.Other : Enum.Parse<LinkKind>(kind, ignoreCase: false);
}
