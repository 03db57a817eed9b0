namespace MedDoc.Engine;

/// <summary>
/// A reference range as printed ("13.5-17.5", "&lt;200", "&gt;40") or the engine's own default.
/// A missing bound is null. A value exactly at a bound is within the range.
/// </summary>
public sealed record ReferenceRange(double? Low, double? High, string Text)
{
    /// <summary>True when <paramref name="value"/> lies within the range, limits included.</summary>
    public bool Contains(double value) => (Low is null || value >= Low) && (High is null || value <= High);
}
