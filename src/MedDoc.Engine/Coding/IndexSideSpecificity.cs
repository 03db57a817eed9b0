using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Specificity from the Alphabetic Index's sided subterms, for codes whose tabular siblings <see cref="SideSpecificity"/>
/// cannot walk to because their titles differ by more than the side ("Unspecified visual loss" H54.7 and "Unqualified
/// visual loss, left eye, normal vision right eye" H54.62): a code with such subterms (Rules/terminology_matching.json
/// "sides") becomes the subterm's code when the words around every evidence span (up to <see cref="Reach"/> tokens
/// either side, within its sentence) state one side and no other. "both" and the eye's Latin abbreviations (OD, OS, OU)
/// state a side here, since the subterms name organs in pairs. No side, two sides: the code stays. Pure.
/// Example: H54.7 with "Sudden loss of vision in her left eye." → H54.62; with "Bilateral vision loss." → H54.3.
/// </summary>
public static class IndexSideSpecificity
{
    /// <summary>How many tokens before and after a mention may state its side.</summary>
    public const int Reach = 8;

    /// <summary><paramref name="codes"/> with each code that <paramref name="sided"/> splits by side made sided where the text states the side, in their order.</summary>
    public static IReadOnlyList<CodeSuggestion> Refine(
        IReadOnlyList<CodeSuggestion> codes, TextModel document, IReadOnlyDictionary<string, IReadOnlyDictionary<BodySide, string>> sided, IcdCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sided);
        ArgumentNullException.ThrowIfNull(catalog);
        return SpecificCode.Replace(codes, code => sided.TryGetValue(code.Code, out var sides)
            && sides.TryGetValue(Side(document, code), out var specific) ? catalog.Find(specific) : null);
    }

    // A finding of the eye that names no side next to it takes the eye its sentence or its report names (EyeSide).
    private static BodySide Side(TextModel document, CodeSuggestion code) =>
        EyeSide.OrEyeStated(SideSpecificity.SideStated(document, code.Evidence, Reach, SideOf), document, code);

    private static BodySide SideOf(string token) => token switch
    {
        "right" or "od" => BodySide.Right,
        "left" or "os" => BodySide.Left,
        "bilateral" or "bilaterally" or "both" or "ou" => BodySide.Bilateral,
        _ => BodySide.Unspecified,
    };
}
