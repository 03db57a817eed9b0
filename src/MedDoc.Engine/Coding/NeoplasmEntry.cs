namespace MedDoc.Engine.Coding;

/// <summary>
/// One site row of the ICD-10-CM Table of Neoplasms: its words at each level from the main term down
/// (<paramref name="Path"/>: ["lung", "lower lobe"]), the non-essential modifiers the table prints in parentheses,
/// the codes of the six behaviour columns (null where the table has none; a trailing "-" means "pick a child by
/// laterality or subsite") and, for a row with no codes, the row it refers to (<paramref name="See"/>:
/// ["sinus"] for "accessory sinus → see Neoplasm, sinus").
/// Example: ["bronchus", "lower lobe"] → primary C34.3-, secondary C78.0-, in situ D02.2-, benign D14.3-.
/// </summary>
public sealed record NeoplasmEntry(
    IReadOnlyList<string> Path,
    string? Modifiers,
    string? Primary,
    string? Secondary,
    string? InSitu,
    string? Benign,
    string? Uncertain,
    string? Unspecified,
    IReadOnlyList<string>? See)
{
    /// <summary>The code of <paramref name="behavior"/> for this site, or null.</summary>
    public string? CodeFor(NeoplasmBehavior behavior) => behavior switch
    {
        NeoplasmBehavior.Primary => Primary,
        NeoplasmBehavior.Secondary => Secondary,
        NeoplasmBehavior.InSitu => InSitu,
        NeoplasmBehavior.Benign => Benign,
        NeoplasmBehavior.Uncertain => Uncertain,
        _ => Unspecified,
    };
}
