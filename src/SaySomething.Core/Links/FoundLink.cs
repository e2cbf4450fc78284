namespace SaySomething.Core.Links;

/// <summary>What a found address is.</summary>
public enum FoundLinkKind : byte
{
    /// <summary>A web address, with or without a scheme (<c>https://…</c>, <c>www.…</c>, <c>t.me/…</c>).</summary>
    Url,

    /// <summary>An e-mail address. Reported so callers can tell it apart; it is never a link to judge.</summary>
    Email,
}

/// <summary>
/// One address found in a text. All offsets are UTF-16 indices into the text that was searched
/// (end-exclusive), so a caller can highlight exactly what was found.
/// </summary>
/// <param name="Start">Index of the first character of the address.</param>
/// <param name="End">Index one past the last character of the address.</param>
/// <param name="HostStart">Index of the first character of the host (for e-mail: of the domain).</param>
/// <param name="HostEnd">Index one past the host (before any port, path, query or fragment).</param>
/// <param name="Kind">Whether this is a web address or an e-mail address.</param>
/// <param name="HasScheme">Whether the text spells out a scheme such as <c>https://</c>.</param>
public readonly record struct FoundLink(int Start, int End, int HostStart, int HostEnd, FoundLinkKind Kind, bool HasScheme)
{
    /// <summary>Gets the number of UTF-16 code units the address spans.</summary>
    public int Length => End - Start;

    /// <summary>Returns the address as written in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text[Start..End];

    /// <summary>Returns the host as written in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Host(ReadOnlySpan<char> text) => text[HostStart..HostEnd];
}
