namespace MedDoc.Engine.Classification;

/// <summary>
/// A cue matched on the document's letters only, lower-cased, so OCR that splits or joins words still matches:
/// "M\nicroscopic", "GrossDescription" and "gross  description" all contain "grossdescription" / "microscopic".
/// <paramref name="Structural"/> terms name a section of the kind ("grossdescription"); the others are its vocabulary.
/// </summary>
public sealed record OcrCueRule(DocumentType Type, string Term, double Weight, bool Structural = false);
