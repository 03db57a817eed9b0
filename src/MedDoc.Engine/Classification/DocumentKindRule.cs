namespace MedDoc.Engine.Classification;

/// <summary>
/// A non-imaging document kind: a title in the first lines ("DISCHARGE SUMMARY") decides it; otherwise its cues
/// ("hospital course", "discharge medications") must reach <paramref name="Threshold"/>.
/// </summary>
public sealed record DocumentKindRule(DocumentType Type, double Threshold, IReadOnlyList<string> Titles, IReadOnlyList<CueRule> Cues, string Source);
