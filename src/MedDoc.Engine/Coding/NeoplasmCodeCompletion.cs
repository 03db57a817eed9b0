namespace MedDoc.Engine.Coding;

/// <summary>
/// Completes a Table of Neoplasms code that needs more characters ("C64.-", "C34.1-") with the side the text states:
/// among the billable codes below it, the one whose title names that side ("Malignant neoplasm of left kidney, except
/// renal pelvis" → C64.2); with no side stated, the one whose title says "unspecified" — never an invented side. A code
/// already billable is returned as it is; null when nothing fits.
/// Example: ("C34.1-", Right) → C34.11; ("C64.-", Unspecified) → C64.9; ("C61", Left) → C61.
/// </summary>
public static class NeoplasmCodeCompletion
{
    /// <summary>The billable code for <paramref name="code"/> and <paramref name="side"/>, or null.</summary>
    public static string? Complete(IcdCatalog catalog, string code, BodySide side)
    {
        var key = IcdCatalog.Key(code).TrimEnd('-');
        if (catalog.Find(key) is { Billable: true } exact)
        {
            return exact.Code;
        }
        var billable = new List<IcdCode>();
        CollectBillable(catalog, key, billable);
        var sided = side == BodySide.Unspecified ? [] : billable.Where(candidate => Names(candidate.Title, side)).ToList();
        var chosen = sided.Count > 0
            ? sided
            : billable.Where(candidate => !NamesAnySide(candidate.Title) && candidate.Title.Contains("unspecified", StringComparison.OrdinalIgnoreCase)).ToList();
        return chosen.OrderBy(candidate => candidate.Code.Length).ThenBy(candidate => candidate.Code, StringComparer.Ordinal).FirstOrDefault()?.Code;
    }

    private static void CollectBillable(IcdCatalog catalog, string key, List<IcdCode> billable)
    {
        foreach (var child in catalog.Children(key))
        {
            if (child.Billable)
            {
                billable.Add(child);
            }
            CollectBillable(catalog, child.Code, billable);
        }
    }

    private static bool NamesAnySide(string title) => Names(title, BodySide.Right) || Names(title, BodySide.Left) || Names(title, BodySide.Bilateral);

    private static bool Names(string title, BodySide side)
    {
        var word = side switch
        {
            BodySide.Right => "right",
            BodySide.Left => "left",
            _ => "bilateral",
        };
        return title.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(part => part.Equals(word, StringComparison.OrdinalIgnoreCase));
    }
}
