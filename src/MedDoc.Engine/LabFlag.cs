namespace MedDoc.Engine;

/// <summary>Interpretation of one lab value. Wire names: normal, low, high, critical_low, critical_high, abnormal.</summary>
public enum LabFlag
{
    /// <summary>Within range, or exactly at a range limit.</summary>
    Normal,
    /// <summary>Below range or flagged L / Low.</summary>
    Low,
    /// <summary>Above range or flagged H / High.</summary>
    High,
    /// <summary>Flagged critical low (LL, "critical").</summary>
    CriticalLow,
    /// <summary>Flagged critical high (HH, "critical").</summary>
    CriticalHigh,
    /// <summary>Flagged abnormal ("*", "A", "abnormal") without a direction.</summary>
    Abnormal,
}
