namespace SaySomething.Core.Providers.Rules;

/// <summary>Recognises paths of image files by their extension (.jpg, .jpeg, .png, .gif, .webp, .avif).</summary>
internal static class ImageFiles
{
    public static bool HasImageExtension(ReadOnlySpan<char> path)
    {
        int dot = path.LastIndexOf('.');
        if (dot < 0 || path[(dot + 1)..].Contains('/'))
        {
            return false;
        }

        ReadOnlySpan<char> extension = path[(dot + 1)..];
        return extension.Equals("jpg", StringComparison.OrdinalIgnoreCase)
            || extension.Equals("jpeg", StringComparison.OrdinalIgnoreCase)
            || extension.Equals("png", StringComparison.OrdinalIgnoreCase)
            || extension.Equals("gif", StringComparison.OrdinalIgnoreCase)
            || extension.Equals("webp", StringComparison.OrdinalIgnoreCase)
            || extension.Equals("avif", StringComparison.OrdinalIgnoreCase);
    }
}
