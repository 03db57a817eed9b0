namespace MedDoc.Engine.Coding;

/// <summary>
/// The hypertensive kidney combination codes split by the stage of the kidney disease (guideline I.C.9.a.2–3): once the
/// document's kidney disease is read as stage 5 or end stage (N18.5, N18.6) — possibly only after the curated code was
/// refined by the words around it ("chronic kidney disease stage V", <see cref="WordSpecificity"/>) — the combination code
/// for stage 1 through 4 or an unspecified stage becomes its end-stage sibling: I12.9 → I12.0, I13.0 → I13.2,
/// I13.10 → I13.11. Pure. Example: [I12.9, N18.5] → [I12.0, N18.5].
/// </summary>
internal static class KidneyStageCombination
{
    private static readonly Dictionary<string, string> EndStageSibling = new(StringComparer.Ordinal)
    {
        ["I12.9"] = "I12.0",
        ["I13.0"] = "I13.2",
        ["I13.10"] = "I13.11",
    };

    /// <summary><paramref name="codes"/> with each stage 1–4 hypertensive kidney code made the end-stage one when a stage 5 or end-stage code is among them.</summary>
    public static IReadOnlyList<CodeSuggestion> Refine(IReadOnlyList<CodeSuggestion> codes, IcdCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!codes.Any(code => code.Code is "N18.5" or "N18.6"))
        {
            return codes;
        }
        return SpecificCode.Replace(codes, code => EndStageSibling.TryGetValue(code.Code, out var sibling) ? catalog.Find(sibling) : null);
    }
}
