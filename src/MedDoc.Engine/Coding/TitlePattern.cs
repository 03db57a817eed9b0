namespace MedDoc.Engine.Coding;

/// <summary>
/// One match pattern written from an ICD-10-CM title or inclusion term: its normalised words and how far it is from
/// the words as written (0 = as written with NOS/NEC/"unspecified" dropped; each optional modifier put in or word order
/// changed adds 1). Example: "Calculus of kidney" → ("calculus of kidney", 0) and ("kidney calculus", 1).
/// </summary>
internal sealed record TitlePattern(IReadOnlyList<string> Words, int Rank);
