namespace SaySomething.Core.Text;

/// <summary>The padding verdict on one token.</summary>
/// <param name="Token">The token.</param>
/// <param name="Technique">The padding technique it is evidence of, or <see cref="PaddingTechnique.None"/>.</param>
public readonly record struct TokenVerdict(Token Token, PaddingTechnique Technique)
{
    /// <summary>Gets a value indicating whether the token is a word that counts as the poster's own (before de-duplication).</summary>
    public bool Counts => Token.Kind == TokenKind.Word && Technique == PaddingTechnique.None;
}
