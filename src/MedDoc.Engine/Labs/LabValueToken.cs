namespace MedDoc.Engine.Labs;

/// <summary>A printed lab value: "&lt;0.5" → comparator '&lt;', value 0.5, at [Start, End).</summary>
internal readonly record struct LabValueToken(int Start, int End, double Value, string Text, char? Comparator);
