using SaySomething.Core.Documents;

namespace SaySomething.Core.Parsing;

/// <summary>Reads one markup format into a <see cref="PostDocument"/>.</summary>
public interface IPostReader
{
    /// <summary>Gets the format this reader reads.</summary>
    MarkupFormat Format { get; }

    /// <summary>
    /// Reads <paramref name="source"/>. Never throws on content: markup it cannot make sense of is read the way the
    /// platform shows it (usually as text), and limits that are hit give a documented outcome.
    /// </summary>
    /// <param name="source">The post text; at most <see cref="ReaderLimits.MaxMarkupLength"/> long (callers check).</param>
    /// <param name="limits">Depth, node and time limits.</param>
    PostDocument Read(string source, ReaderLimits limits);
}
