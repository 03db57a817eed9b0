namespace MedDoc.Evaluation.Targets;

/// <summary>An evidence span as a client sees it: code-point offsets (<c>text[start:end] == Text</c> in Python terms).</summary>
public sealed record PredictedSpan(int Start, int End, string Text);
