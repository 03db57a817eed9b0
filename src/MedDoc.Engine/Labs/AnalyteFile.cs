namespace MedDoc.Engine.Labs;

/// <summary>
/// The shape of Rules/analytes.json: units, analytes and the small vocabularies the parser uses. <paramref name="OtherNames"/>
/// are names that open like an analyte's but name something else ("CA 19-9", a tumour marker, is no calcium of 19.9).
/// </summary>
internal sealed record AnalyteFile(
    IReadOnlyList<UnitRule> Units,
    IReadOnlyList<string> Connectors,
    IReadOnlyList<string> NonLabUnits,
    IReadOnlyList<string> NameExclusions,
    IReadOnlyList<AnalyteRule> Analytes,
    IReadOnlyList<PairName>? PairNames = null,
    IReadOnlyList<string>? FluidSpecimenWords = null,
    IReadOnlyList<string>? BloodSpecimenWords = null,
    IReadOnlyList<string>? OtherNames = null);
