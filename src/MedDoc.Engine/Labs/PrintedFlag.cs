namespace MedDoc.Engine.Labs;

/// <summary>
/// A flag as the report prints it. Directed flags ("H", "Low", "LL") carry their direction; undirected ones
/// ("*", "A", "abnormal", "critical") take it from the range. "N" / "Normal" is an explicit normal.
/// </summary>
internal enum PrintedFlag
{
    Normal,
    Low,
    High,
    CriticalLow,
    CriticalHigh,
    Critical,
    Abnormal,
}
