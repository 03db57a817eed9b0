namespace MedDoc.Engine.Text;

/// <summary>A phrase found by <see cref="PhraseMatcher{T}"/>: what it stands for and the tokens it covers.</summary>
public sealed record PhraseMatch<T>(T Value, TokenRange Tokens);
