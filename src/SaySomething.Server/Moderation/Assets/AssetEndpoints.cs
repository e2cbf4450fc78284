using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace SaySomething.Server.Moderation.Assets;

/// <summary><c>GET /ui/assets/{name}</c>: the style sheet, served from the assembly so that the CSP can allow only this origin.</summary>
internal static class AssetEndpoints
{
    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Files = Load();

    public static IResult Get(string name) =>
        Files.TryGetValue(name, out var file)
            ? Results.Bytes(file.Bytes, file.Type)
            : Results.NotFound();

    private static Dictionary<string, (byte[], string)> Load()
    {
        const string prefix = "SaySomething.Server.Moderation.Assets.";
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            string name = resource[prefix.Length..];
            files[name] = (copy.ToArray(), name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        }

        return files;
    }
}
