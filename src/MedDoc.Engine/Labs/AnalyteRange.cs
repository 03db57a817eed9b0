namespace MedDoc.Engine.Labs;

/// <summary>A range in an analyte's default unit; a null bound is open ("HDL &gt; 39 mg/dL" has no high bound).</summary>
public sealed record AnalyteRange(double? Low, double? High)
{
    /// <summary>True when <paramref name="value"/> lies within the range, limits included.</summary>
    public bool Contains(double value) => (Low is null || value >= Low) && (High is null || value <= High);
}
