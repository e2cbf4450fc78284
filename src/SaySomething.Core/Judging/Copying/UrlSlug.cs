namespace SaySomething.Core.Judging.Copying;

/// <summary>The words of a link's path ("/world/eu-agrees-new-sanctions-package" → "eu agrees new sanctions package").</summary>
internal static class UrlSlug
{
    /// <summary>The slug's words when the last meaningful path segment has at least three of them, else null.</summary>
    public static string? Words(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (int i = segments.Length - 1; i >= 0; i--)
        {
            string segment = Uri.UnescapeDataString(segments[i]);
            int dot = segment.LastIndexOf('.');
            if (dot > 0 && segment.Length - dot <= 5)
            {
                segment = segment[..dot];
            }

            var words = segment.Split(['-', '_', '+'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 3)
            {
                return string.Join(' ', words);
            }
        }

        return null;
    }
}
