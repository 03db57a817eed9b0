namespace MedDoc.Engine.Classification;

/// <summary>
/// A non-imaging document kind: a title in the first lines ("DISCHARGE SUMMARY") decides it; otherwise its cues
/// ("hospital course", "discharge medications") must reach <paramref name="Threshold"/>. A kind with
/// <paramref name="Specific"/> set wins over the generic kinds once its score reaches the threshold with a structural cue
/// (a discharge summary also has a history and an examination, as a clinical note does).
/// </summary>
public sealed record DocumentKindRule(DocumentType Type, double Threshold, IReadOnlyList<string> Titles, IReadOnlyList<CueRule> Cues, string Source, bool Specific = false);
