namespace MedDoc.Engine.Coding;

/// <summary>
/// A neoplasm code found by <see cref="NeoplasmCoder"/>: the code, the morphology words that state it ("renal cell
/// carcinoma"), every evidence span (morphology and site, in text order) and the section it was stated in.
/// </summary>
public sealed record NeoplasmMention(string Code, Span Morphology, IReadOnlyList<Span> Evidence, string Section);
