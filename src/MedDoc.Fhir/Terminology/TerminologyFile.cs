namespace MedDoc.Fhir.Terminology;

/// <summary>The shape of Terminology/terminology.json.</summary>
public sealed record TerminologyFile(
    IReadOnlyList<UnitUcum> Units,
    IReadOnlyList<AnalyteLoinc> Analytes,
    IReadOnlyList<DocumentTypeLoinc> DocumentTypes,
    IReadOnlyList<string> ProblemListSections);
