namespace MedDoc.Engine.Labs;

/// <summary>What follows a value on its line: unit (as printed and canonical), printed range, printed flag, and where it ends.</summary>
internal sealed record LabTail(string? Unit, string? CanonicalUnit, ReferenceRange? Range, PrintedFlag? Flag, int End, bool IsDose);
