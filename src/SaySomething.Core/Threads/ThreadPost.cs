using SaySomething.Core.Documents;

namespace SaySomething.Core.Threads;

/// <summary>One post (or the forum notice) of a thread page split by <see cref="ThreadSplitter"/>.</summary>
/// <param name="Index">The position in the split page, from 0; a leading notice is 0.</param>
/// <param name="Author">The poster's name when the page shows it, or null.</param>
/// <param name="Date">The date as the page shows it (HTML: the <c>datetime</c> attribute), or null.</param>
/// <param name="Span">Where the post's text is in the page: the body only, without the author and date lines.</param>
/// <param name="FirstLine">The page line (from 1) where the post's text begins.</param>
/// <param name="LastLine">The page line (from 1) where the post's text ends.</param>
/// <param name="Text">The post's text as the page holds it (<c>page[Span]</c>): plain text, or the body's HTML.</param>
/// <param name="IsNotice">Whether this is a forum notice rather than a member's post.</param>
public sealed record ThreadPost(int Index, string? Author, string? Date, SourceSpan Span, int FirstLine, int LastLine, string Text, bool IsNotice);
