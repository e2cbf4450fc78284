using System.Globalization;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing.PlainText;

namespace SaySomething.Core.Parsing;

/// <summary>
/// Reads a post in any supported format into a <see cref="PostDocument"/>, enforcing <see cref="ReaderLimits"/>:
/// a post over <see cref="ReaderLimits.MaxPostLength"/> is refused, markup over
/// <see cref="ReaderLimits.MaxMarkupLength"/> or a reader that fails is read as plain text. Never throws on content.
/// </summary>
public sealed class PostReader
{
    private readonly Dictionary<MarkupFormat, IPostReader> _readers;
    private readonly PlainTextReader _plain = new();

    /// <summary>Creates a reader over the given format readers.</summary>
    public PostReader(ReaderLimits limits, IEnumerable<IPostReader> readers)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(readers);
        limits.Validate();
        Limits = limits;
        _readers = readers.ToDictionary(r => r.Format);
    }

    /// <summary>Gets the reader for every supported format with the default limits.</summary>
    public static PostReader Default { get; } = new(
        ReaderLimits.Default,
        [new PlainTextReader(), new BbCode.BbCodeReader(), new Markdown.MarkdownReader(), new Html.HtmlReader()]);

    /// <summary>Gets the limits applied to every read.</summary>
    public ReaderLimits Limits { get; }

    /// <summary>Reads <paramref name="source"/> as <paramref name="format"/>.</summary>
    public PostDocument Read(string source, MarkupFormat format)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length > Limits.MaxPostLength)
        {
            return new PostDocument
            {
                Source = source,
                Format = format,
                Outcome = ReadOutcome.Refused,
                Note = string.Create(CultureInfo.InvariantCulture, $"The post is {source.Length:N0} characters long; posts over {Limits.MaxPostLength:N0} are not read."),
            };
        }

        if (format == MarkupFormat.Plain)
        {
            return _readers.TryGetValue(format, out var plain) ? plain.Read(source, Limits) : _plain.Read(source, Limits);
        }

        if (!_readers.TryGetValue(format, out var reader))
        {
            return AsPlainText(source, format, $"No {DocumentDump.FormatName(format)} reader is configured, so the post was read as plain text.");
        }

        if (source.Length > Limits.MaxMarkupLength)
        {
            return AsPlainText(source, format, string.Create(CultureInfo.InvariantCulture, $"The post is {source.Length:N0} characters long; markup is parsed up to {Limits.MaxMarkupLength:N0}, so it was read as plain text."));
        }

        try
        {
            return reader.Read(source, Limits);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug must not lose the post or crash the caller: read it as text and say so.
            return AsPlainText(source, format, $"The {DocumentDump.FormatName(format)} reader failed ({e.GetType().Name}), so the post was read as plain text.");
        }
    }

    private PostDocument AsPlainText(string source, MarkupFormat format, string note)
    {
        var plain = _plain.Read(source, Limits);
        return new PostDocument
        {
            Source = source,
            Format = format,
            Outcome = ReadOutcome.ReadAsPlainText,
            Note = note,
            Span = plain.Span,
            Content = plain.Content,
        };
    }
}
