namespace MedDoc.Engine.Labs;

/// <summary>An analyte name found in a line: "hemoglobin" at [4, 14).</summary>
internal readonly record struct AliasMatch(int Start, int End, AnalyteRule Analyte)
{
    public int Length => End - Start;
}
