namespace MedDoc.Engine.Coding;

/// <summary>
/// Codes a tabular note refers to: one code with all its children ("E10.-" → E10, E10 … E10.9) or a range of
/// categories or codes ("E08-E13", "A04.0-A04.4"), written with the dot. Example: new CodeRange("E08", "E13")
/// contains E11.22 and E13.9 but not E14 or D99.
/// </summary>
public sealed record CodeRange(string From, string To)
{
    // The bounds as catalog keys, built once: Contains is asked of every coded code against every Excludes1 note.
    private readonly string _fromKey = IcdCatalog.Key(From);
    private readonly string _toKey = IcdCatalog.Key(To);

    /// <summary>"E08-E13" → E08 … E13; "G47.3" → G47.3 and its children.</summary>
    public static CodeRange Parse(string range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? new CodeRange(range, range) : new CodeRange(range[..dash], range[(dash + 1)..]);
    }

    /// <summary>True when <paramref name="code"/> (any spelling <see cref="IcdCatalog.Key"/> accepts) lies in the range.</summary>
    public bool Contains(string code) => ContainsKey(IcdCatalog.Key(code));

    /// <summary>True when the catalog key <paramref name="key"/> ("E1122") lies in the range: one key for many ranges.</summary>
    public bool ContainsKey(string key) =>
        string.CompareOrdinal(Prefix(key, _fromKey.Length), _fromKey) >= 0
        && string.CompareOrdinal(Prefix(key, _toKey.Length), _toKey) <= 0;

    /// <summary>"E10" for a single code, "E08-E13" for a range.</summary>
    public override string ToString() => From == To ? From : From + "-" + To;

    private static string Prefix(string key, int length) => key.Length <= length ? key : key[..length];
}
