namespace SaySomething.Core.Documents;

/// <summary>How a post's text is written.</summary>
public enum MarkupFormat : byte
{
    /// <summary>Plain text, including text copied from a rendered page.</summary>
    Plain,

    /// <summary>XenForo-style BB code (<c>[QUOTE]</c>, <c>[URL]</c>, <c>[MEDIA=site]</c>...).</summary>
    BbCode,

    /// <summary>Markdown as Discourse stores it (CommonMark, GFM autolinks, <c>[quote="…"]</c>).</summary>
    Markdown,

    /// <summary>HTML as a platform renders it (XenForo post HTML, Discourse <c>cooked</c>, generic).</summary>
    Html,
}
