namespace MedDoc.Engine.Classification;

/// <summary>
/// A weighted cue for a document kind: "hospital course" counts 3 towards DISCHARGE SUMMARY. A cue is either a
/// <paramref name="Pattern"/> in the text or one of <paramref name="Sections"/>, categories of Rules/sections.json whose
/// header the document has ("HOSPITAL COURSE:" opens a hospital_course section). A <paramref name="Structural"/> cue names
/// one of the kind's own sections, which lets the kind win over the generic clinical-note cues of the same document.
/// </summary>
public sealed record CueRule(string? Pattern, double Weight, bool Structural = false, IReadOnlyList<string>? Sections = null);
