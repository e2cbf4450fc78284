namespace SaySomething.Core.Judging.Copying;

/// <summary>The words of a link's path ("/world/eu-agrees-new-sanctions-package" → "eu agrees new sanctions package").</summary>
internal static class UrlSlug
{
    /// <summary>Fewest words a path segment needs to be a slug worth comparing (ids and short names are not).</summary>
    private const int MinWords = 3;

    /// <summary>The words of the last path segment with at least three of them, or null.</summary>
    public static string? Words(string? url)
    {
        if (url is null)
        {
            return null;
        }

        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        int pathStart = scheme < 0 ? -1 : url.IndexOf('/', scheme + 3);
        if (pathStart < 0)
        {
            return null;
        }

        var path = url.AsSpan(pathStart);
        int end = path.IndexOfAny('?', '#');
        if (end >= 0)
        {
            path = path[..end];
        }

        while (path.Length > 0)
        {
            int slash = path.TrimEnd('/').LastIndexOf('/');
            var segment = path[(slash + 1)..].TrimEnd('/');
            path = slash < 0 ? [] : path[..slash];
            int dot = segment.LastIndexOf('.');
            if (dot > 0 && segment.Length - dot <= 5)
            {
                segment = segment[..dot];
            }

            if (segment.Count('-') + segment.Count('_') + 1 >= MinWords && segment.IndexOf('%') < 0)
            {
                // One string: the segment with its separators as spaces.
                Span<char> words = segment.Length <= 512 ? stackalloc char[segment.Length] : new char[segment.Length];
                segment.CopyTo(words);
                words.Replace('-', ' ');
                words.Replace('_', ' ');
                return new string(words);
            }
        }

        return null;
    }
}
