namespace MedDoc.Engine.Labs;

/// <summary>
/// Printed flag vocabulary and the flag a value earns against its range.
/// Example: "L" → low; "*" with 9.2 below 12.0–17.5 → low; 17.5 in 13.5–17.5 → normal (limits are in range).
/// </summary>
internal static class LabFlags
{
    private static readonly Dictionary<string, PrintedFlag> ExactFlags = new(StringComparer.Ordinal)
    {
        ["H"] = PrintedFlag.High,
        ["L"] = PrintedFlag.Low,
        ["HH"] = PrintedFlag.CriticalHigh,
        ["LL"] = PrintedFlag.CriticalLow,
        ["HI"] = PrintedFlag.High,
        ["LO"] = PrintedFlag.Low,
        ["H*"] = PrintedFlag.High,
        ["L*"] = PrintedFlag.Low,
        ["A"] = PrintedFlag.Abnormal,
        ["N"] = PrintedFlag.Normal,
        ["*"] = PrintedFlag.Abnormal,
        ["**"] = PrintedFlag.Abnormal,
        ["!"] = PrintedFlag.Abnormal,
        ["!!"] = PrintedFlag.Critical,
        ["↑"] = PrintedFlag.High,
        ["↓"] = PrintedFlag.Low,
        ["↑↑"] = PrintedFlag.CriticalHigh,
        ["↓↓"] = PrintedFlag.CriticalLow,
    };

    private static readonly Dictionary<string, PrintedFlag> WordFlags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["high"] = PrintedFlag.High,
        ["low"] = PrintedFlag.Low,
        ["abnormal"] = PrintedFlag.Abnormal,
        ["abn"] = PrintedFlag.Abnormal,
        ["critical"] = PrintedFlag.Critical,
        ["crit"] = PrintedFlag.Critical,
        ["panic"] = PrintedFlag.Critical,
        ["normal"] = PrintedFlag.Normal,
    };

    /// <summary>The flag a single printed token stands for ("H", "(Low)" without brackets, "critical"), or null.</summary>
    public static PrintedFlag? Read(string token) =>
        ExactFlags.TryGetValue(token, out var exact) ? exact
        : WordFlags.TryGetValue(token, out var word) ? word
        : null;

    /// <summary>"critical" followed by "high"/"low" is a critical flag with that direction.</summary>
    public static PrintedFlag Combine(PrintedFlag first, PrintedFlag second) => (first, second) switch
    {
        (PrintedFlag.Critical, PrintedFlag.High) or (PrintedFlag.High, PrintedFlag.Critical) => PrintedFlag.CriticalHigh,
        (PrintedFlag.Critical, PrintedFlag.Low) or (PrintedFlag.Low, PrintedFlag.Critical) => PrintedFlag.CriticalLow,
        _ => first,
    };

    /// <summary>The flag of <paramref name="value"/>: the printed one when directed, else the direction the range gives.</summary>
    public static LabFlag Decide(PrintedFlag? printed, double value, char? comparator, ReferenceRange? range)
    {
        var fromRange = range is null ? LabFlag.Normal : Compare(value, comparator, range);
        return printed switch
        {
            PrintedFlag.Low => LabFlag.Low,
            PrintedFlag.High => LabFlag.High,
            PrintedFlag.CriticalLow => LabFlag.CriticalLow,
            PrintedFlag.CriticalHigh => LabFlag.CriticalHigh,
            PrintedFlag.Normal => LabFlag.Normal,
            PrintedFlag.Critical => fromRange switch
            {
                LabFlag.Low => LabFlag.CriticalLow,
                LabFlag.High => LabFlag.CriticalHigh,
                _ => LabFlag.Abnormal,
            },
            PrintedFlag.Abnormal => fromRange == LabFlag.Normal ? LabFlag.Abnormal : fromRange,
            _ => fromRange,
        };
    }

    /// <summary>
    /// Compares a value with a range; limits are normal. "&lt;0.5" is low only when 0.5 is at or below the low limit,
    /// "&gt;60" is high only when 60 is at or above the high limit.
    /// </summary>
    public static LabFlag Compare(double value, char? comparator, ReferenceRange range) => comparator switch
    {
        '<' => range.Low is { } low && value <= low ? LabFlag.Low : LabFlag.Normal,
        '≤' => range.Low is { } low && value < low ? LabFlag.Low : LabFlag.Normal,
        '>' => range.High is { } high && value >= high ? LabFlag.High : LabFlag.Normal,
        '≥' => range.High is { } high && value > high ? LabFlag.High : LabFlag.Normal,
        _ when range.Low is { } low && value < low => LabFlag.Low,
        _ when range.High is { } high && value > high => LabFlag.High,
        _ => LabFlag.Normal,
    };
}
