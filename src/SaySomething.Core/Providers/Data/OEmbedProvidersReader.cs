using System.Text;
using System.Text.Json;

namespace SaySomething.Core.Providers.Data;

/// <summary>
/// Reads the vendored oEmbed registry. Hosts come from the URL schemes (<c>https://*.host/...</c> means
/// the host and its subdomains). A provider named in one of our <c>oembedNames</c>, or whose id matches an
/// existing provider, adds its hosts there; the rest become providers of kind <see cref="LinkKind.Other"/>.
/// </summary>
internal static class OEmbedProvidersReader
{
    public static void Read(JsonDocument document, RegistryBuildContext context)
    {
        foreach (JsonElement item in document.RootElement.EnumerateArray())
        {
            string name = EmbeddedData.String(item, "provider_name") ?? string.Empty;
            string id = ToId(name);
            if (id.Length == 0)
            {
                continue;
            }

            List<string> hosts = [.. HostsOf(item)];
            if (hosts.Count == 0)
            {
                continue;
            }

            if (!context.ByOEmbedName.TryGetValue(name, out ProviderBuilder? provider)
                && !context.ById.TryGetValue(id, out provider))
            {
                provider = new ProviderBuilder(id, name, LinkKind.Other, ProviderSource.OEmbed);
                bool any = false;
                foreach (string host in hosts)
                {
                    any |= context.Hosts.TryAdd(provider, host, exactOnly: false);
                }

                if (any)
                {
                    context.Add(provider);
                }

                continue;
            }

            foreach (string host in hosts)
            {
                _ = context.Hosts.TryAdd(provider, host, exactOnly: false);
            }
        }
    }

    /// <summary>Lower-case letters and digits of the name: "Bluesky Social" → "blueskysocial".</summary>
    public static string ToId(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> HostsOf(JsonElement item)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement endpoint in item.GetProperty("endpoints").EnumerateArray())
        {
            foreach (string scheme in EmbeddedData.Strings(endpoint, "schemes"))
            {
                int start = scheme.IndexOf("://", StringComparison.Ordinal);
                if (start < 0)
                {
                    continue;
                }

                start += 3;
                int end = scheme.IndexOfAny(['/', '?', '#', ':'], start);
                string host = HostTableBuilder.Normalize(end < 0 ? scheme[start..] : scheme[start..end], stripWww: true);
                if (host.Length > 0 && seen.Add(host))
                {
                    yield return host;
                }
            }
        }
    }
}
