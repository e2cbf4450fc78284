namespace SaySomething.Platforms.Webhooks;

/// <summary>A webhook delivery as received: its headers (names case-insensitive) and its raw body bytes.</summary>
public sealed class WebhookRequest
{
    /// <summary>The largest body accepted (security.md §2.3): larger deliveries are refused before they are read whole.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private readonly Dictionary<string, string> _headers;

    /// <summary>Creates the request.</summary>
    public WebhookRequest(IEnumerable<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            _headers[name] = value;
        }

        Body = body;
    }

    /// <summary>Gets the raw body.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The value of header <paramref name="name"/>, or null.</summary>
    public string? Header(string name) => _headers.GetValueOrDefault(name);
}
