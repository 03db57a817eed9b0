namespace MedDoc.Fhir.Terminology;

/// <summary>
/// A document type label and its LOINC document code ("X-RAY" → 18748-4 Diagnostic imaging study) and diagnostic
/// service section ("RAD"); <see cref="ServiceSection"/> is null for documents that are not diagnostic reports.
/// </summary>
public sealed record DocumentTypeLoinc(string Label, string? Loinc, string? Display, string? ServiceSection);
