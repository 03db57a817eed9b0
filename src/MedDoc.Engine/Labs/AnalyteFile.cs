namespace MedDoc.Engine.Labs;

/// <summary>The shape of Rules/analytes.json: units, analytes and the small vocabularies the parser uses.</summary>
internal sealed record AnalyteFile(
    IReadOnlyList<UnitRule> Units,
    IReadOnlyList<string> Connectors,
    IReadOnlyList<string> NonLabUnits,
    IReadOnlyList<string> NameExclusions,
    IReadOnlyList<AnalyteRule> Analytes,
    IReadOnlyList<PairName>? PairNames = null,
    IReadOnlyList<string>? FluidSpecimenWords = null,
    IReadOnlyList<string>? BloodSpecimenWords = null);
