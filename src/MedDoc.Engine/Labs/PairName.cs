namespace MedDoc.Engine.Labs;

/// <summary>
/// A name that stands for two analytes read as "value/value": "H/H 9.2/28" → hemoglobin 9.2 and hematocrit 28.
/// <paramref name="Names"/> match exactly (case-sensitive); <paramref name="Analytes"/> are the two analyte ids in order.
/// </summary>
internal sealed record PairName(IReadOnlyList<string> Names, IReadOnlyList<string> Analytes, string Source, string Example);
