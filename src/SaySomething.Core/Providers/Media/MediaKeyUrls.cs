namespace SaySomething.Core.Providers.Media;

/// <summary>
/// Canonical addresses for media-embed keys of the platforms we know, by provider id. Keys follow
/// XenForo's media sites: YouTube <c>ID</c>, <c>ID:seconds</c> or <c>ID, list: ...</c>; Twitter/TikTok
/// status or video ids; Twitch <c>clip:SLUG</c>, <c>video:123</c> or a channel; Reddit and Facebook paths.
/// </summary>
internal static class MediaKeyUrls
{
    /// <summary>Keys may hold letters, digits and <c>-_.:/@,=</c> plus spaces after a comma.</summary>
    public static bool IsSafeKey(string key)
    {
        foreach (char c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/' or '@' or ',' or '=' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <see cref="Build"/> knows the key format of this provider (then a key it rejects is invalid).</summary>
    public static bool Handles(string providerId) => providerId is "youtube" or "x" or "tiktok" or "facebook" or "instagram"
        or "reddit" or "vimeo" or "dailymotion" or "twitch" or "imgur" or "bluesky" or "telegram" or "streamable" or "rumble";

    /// <summary>Returns the address for <paramref name="key"/>, or null when the provider has no mapping here.</summary>
    public static string? Build(string providerId, string key) => providerId switch
    {
        "youtube" => Token(key) is { Length: > 0 } id ? "https://www.youtube.com/watch?v=" + id : null,
        "x" => Digits(key) is { Length: > 0 } id ? "https://twitter.com/i/web/status/" + id : null,
        "tiktok" => Digits(key) is { Length: > 0 } id ? "https://www.tiktok.com/video/" + id : null,
        "facebook" => Facebook(key),
        "instagram" => Token(key) is { Length: > 0 } id ? "https://www.instagram.com/p/" + id + "/" : null,
        "reddit" => Reddit(key),
        "vimeo" => Digits(key) is { Length: > 0 } id ? "https://vimeo.com/" + id : null,
        "dailymotion" => Token(key) is { Length: > 0 } id ? "https://www.dailymotion.com/video/" + id : null,
        "twitch" => Twitch(key),
        "imgur" => NoSpaces(key) ? "https://imgur.com/" + key.TrimStart('/') : null,
        "bluesky" => Bluesky(key),
        "telegram" => NoSpaces(key) ? "https://t.me/" + key.TrimStart('/') : null,
        "streamable" => Token(key) is { Length: > 0 } id ? "https://streamable.com/" + id : null,
        "rumble" => Token(key) is { Length: > 0 } id ? "https://rumble.com/embed/" + id + "/" : null,
        _ => null,
    };

    private static string Token(string key)
    {
        int end = 0;
        while (end < key.Length && (char.IsAsciiLetterOrDigit(key[end]) || key[end] is '-' or '_'))
        {
            end++;
        }

        return key[..end];
    }

    private static string Digits(string key)
    {
        int end = 0;
        while (end < key.Length && char.IsAsciiDigit(key[end]))
        {
            end++;
        }

        return end == key.Length || key[end] is ':' or ',' ? key[..end] : string.Empty;
    }

    private static bool NoSpaces(string key) => !key.Contains(' ', StringComparison.Ordinal);

    private static string? Facebook(string key)
    {
        if (!NoSpaces(key))
        {
            return null;
        }

        if (key.Contains('/', StringComparison.Ordinal))
        {
            return "https://www.facebook.com/" + key.TrimStart('/');
        }

        return Digits(key).Length > 0 ? "https://www.facebook.com/watch/?v=" + Digits(key) : null;
    }

    private static string? Reddit(string key)
    {
        if (!NoSpaces(key))
        {
            return null;
        }

        return key.Contains('/', StringComparison.Ordinal)
            ? "https://www.reddit.com/" + key.TrimStart('/')
            : "https://www.reddit.com/comments/" + key + "/";
    }

    private static string? Twitch(string key)
    {
        int colon = key.IndexOf(':', StringComparison.Ordinal);
        string type = colon < 0 ? string.Empty : key[..colon];
        string value = colon < 0 ? key : key[(colon + 1)..];
        if (Token(value) != value || value.Length == 0)
        {
            return null;
        }

        return type switch
        {
            "clip" => "https://clips.twitch.tv/" + value,
            "video" or "v" => "https://www.twitch.tv/videos/" + value,
            "" when value.All(char.IsAsciiDigit) => "https://www.twitch.tv/videos/" + value,
            "" or "channel" => "https://www.twitch.tv/" + value,
            _ => null,
        };
    }

    private static string? Bluesky(string key)
    {
        int slash = key.LastIndexOf('/');
        if (slash <= 0 || slash == key.Length - 1 || !NoSpaces(key))
        {
            return null;
        }

        return "https://bsky.app/profile/" + key[..slash] + "/post/" + key[(slash + 1)..];
    }
}
