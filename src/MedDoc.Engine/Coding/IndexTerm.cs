namespace MedDoc.Engine.Coding;

/// <summary>
/// A main term (or main term and subterm) of the ICD-10-CM Alphabetic Index with the code the Index gives it, for words
/// that no Tabular title or inclusion term carries (the shared data has no Index file, so Rules/terminology_matching.json
/// lists the common ones). <paramref name="Index"/> is the Index line it comes from. <paramref name="Sides"/> holds the
/// codes of the Index's subterms for a side ("right", "left", "bilateral"), taken when the sentence states that one side
/// next to the term: "Loss, vision, one eye, left (normal vision on right) H54.62". <paramref name="StandsAlone"/> makes a
/// one-word main term that a title already carries code only where nothing modifies it, as a new one does: "a hernia"
/// → K46.9, but not "a bladder hernia" (Hernia, bladder N32.89) or "a nerve-root hernia".
/// Example: { "terms": ["skin lesion"], "code": "L98.9", "index": "Lesion(s) (nontraumatic), skin L98.9" }.
/// </summary>
public sealed record IndexTerm(
    IReadOnlyList<string> Terms, string Code, string Index, IReadOnlyDictionary<string, string>? Sides = null, bool? StandsAlone = null);
