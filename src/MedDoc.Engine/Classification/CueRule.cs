namespace MedDoc.Engine.Classification;

/// <summary>A weighted cue for a document kind: "hospital course" counts 3 towards DISCHARGE SUMMARY.</summary>
public sealed record CueRule(string Pattern, double Weight);
