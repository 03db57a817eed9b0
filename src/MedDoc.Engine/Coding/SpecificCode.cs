namespace MedDoc.Engine.Coding;

/// <summary>
/// The step the specificity refinements share (<see cref="WordSpecificity"/>, <see cref="SideSpecificity"/>): each
/// documented code outside the neoplasm chapters (the side refinement takes those too) becomes the more specific code its refinement finds, unless the list
/// already holds that code; every other code stays as it is, and the order is kept. Pure.
/// Example: [M25.569 documented] with a refinement giving M25.561 → [M25.561].
/// </summary>
internal static class SpecificCode
{
    /// <summary><paramref name="codes"/> with each refinable code replaced by what <paramref name="moreSpecific"/> gives for it (null: none).</summary>
    public static IReadOnlyList<CodeSuggestion> Replace(IReadOnlyList<CodeSuggestion> codes, Func<CodeSuggestion, IcdCode?> moreSpecific) =>
        Replace(codes, moreSpecific, IsNeoplasm);

    /// <summary>As <see cref="Replace(IReadOnlyList{CodeSuggestion}, Func{CodeSuggestion, IcdCode?})"/>, leaving the codes <paramref name="leave"/> names as they are.</summary>
    public static IReadOnlyList<CodeSuggestion> Replace(IReadOnlyList<CodeSuggestion> codes, Func<CodeSuggestion, IcdCode?> moreSpecific, Func<string, bool> leave)
    {
        var taken = codes.Select(code => code.Code).ToHashSet(StringComparer.Ordinal);
        var refined = new List<CodeSuggestion>(codes.Count);
        foreach (var code in codes)
        {
            var specific = code.Basis == CodeBasis.Documented && !leave(code.Code) ? moreSpecific(code) : null;
            refined.Add(specific is not null && taken.Add(specific.Code) ? code with { Code = specific.Code, Description = specific.Title } : code);
        }
        return refined;
    }

    /// <summary>True for a code of the neoplasm chapters (C00–D49), which the Table of Neoplasms places instead.</summary>
    public static bool IsNeoplasm(string code) => code[0] == 'C' || (code[0] == 'D' && code[1] <= '4');
}
