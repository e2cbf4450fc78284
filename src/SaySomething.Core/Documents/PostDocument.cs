namespace SaySomething.Core.Documents;

/// <summary>How reading a post ended.</summary>
public enum ReadOutcome : byte
{
    /// <summary>Read with the reader for its format.</summary>
    Read,

    /// <summary>
    /// Read as plain text instead, because the markup could not be read within the limits (too large, too deep,
    /// too slow); <see cref="PostDocument.Note"/> says why. Never a rule violation by itself.
    /// </summary>
    ReadAsPlainText,

    /// <summary>Not read at all (larger than the absolute limit); the document is empty and the note says why.</summary>
    Refused,
}

/// <summary>The root of a post's document tree: blocks in source order, and how reading went.</summary>
public sealed class PostDocument : ContainerNode
{
    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Document;

    /// <summary>Gets the text that was read; every span in the tree indexes into it.</summary>
    public string Source { get; init; } = "";

    /// <summary>Gets the format the post is written in (also when <see cref="Outcome"/> says it was read as plain text).</summary>
    public MarkupFormat Format { get; init; }

    /// <summary>Gets how reading ended.</summary>
    public ReadOutcome Outcome { get; init; }

    /// <summary>Gets a sentence explaining a fallback or refusal, or null when the post was read normally.</summary>
    public string? Note { get; init; }
}
