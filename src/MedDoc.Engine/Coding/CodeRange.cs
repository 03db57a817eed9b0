namespace MedDoc.Engine.Coding;

/// <summary>
/// Codes a tabular note refers to: one code with all its children ("E10.-" → E10, E10 … E10.9) or a range of
/// categories or codes ("E08-E13", "A04.0-A04.4"), written with the dot. Example: new CodeRange("E08", "E13")
/// contains E11.22 and E13.9 but not E14 or D99.
/// </summary>
public sealed record CodeRange(string From, string To)
{
    /// <summary>True when <paramref name="code"/> (any spelling <see cref="IcdCatalog.Key"/> accepts) lies in the range.</summary>
    public bool Contains(string code)
    {
        var key = IcdCatalog.Key(code);
        var from = IcdCatalog.Key(From);
        var to = IcdCatalog.Key(To);
        return string.CompareOrdinal(Prefix(key, from.Length), from) >= 0
            && string.CompareOrdinal(Prefix(key, to.Length), to) <= 0;
    }

    /// <summary>"E10" for a single code, "E08-E13" for a range.</summary>
    public override string ToString() => From == To ? From : From + "-" + To;

    private static string Prefix(string key, int length) => key.Length <= length ? key : key[..length];
}
