namespace MedDoc.Engine.Classification;

/// <summary>
/// A weighted cue for a document kind: "hospital course" counts 3 towards DISCHARGE SUMMARY. A <paramref name="Structural"/>
/// cue names one of the kind's own sections ("HOSPITAL COURSE:", "GROSS DESCRIPTION:"), which lets the kind win over
/// the generic clinical-note cues of the same document.
/// </summary>
public sealed record CueRule(string Pattern, double Weight, bool Structural = false);
