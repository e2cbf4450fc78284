namespace SaySomething.Core.Judging.Sentences;

/// <summary>A sentence (or a line without a full stop) of candidate text, as a range of tokens.</summary>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="EndToken">Index one past its last token.</param>
/// <param name="Paragraph">Index of the paragraph (line block) it belongs to.</param>
/// <param name="IndexInParagraph">0 for a paragraph's first sentence.</param>
/// <param name="Terminator">The sentence's final mark: '.', '?', '!', or '\0' for none (a line break ended it).</param>
internal readonly record struct Sentence(int FirstToken, int EndToken, int Paragraph, int IndexInParagraph, char Terminator);
