using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The site of a hemangioma of unspecified site (D18.00) from the site its sentence places it in (<see cref="StatedSites"/>),
/// read with the Table of Neoplasms' primary column: the skin (C44) → D18.01 "of skin and subcutaneous tissue", the brain and
/// its meninges (C70–C71) → D18.02 "of intracranial structures", the digestive organs and the peritoneum (C15–C26, C48) →
/// D18.03 "of intra-abdominal structures", any other organ (C00–C75) → D18.09 "of other sites". Regions that hold several
/// kinds (thorax, mediastinum: C38, C76), lymph nodes and the vessels and connective tissue a hemangioma is made of
/// ("capillary", C49) say nothing of its site; sites of different kinds leave D18.00: never an invented site. Pure.
/// Example: "Cutaneous hemangioma." → D18.01; "Hemangioma of the spleen." → D18.03; "Hemangioma." → D18.00.
/// </summary>
public static class HemangiomaSite
{
    private const string UnspecifiedSite = "D18.00";

    private static readonly CodeRange DigestiveOrgans = CodeRange.Parse("C15-C26");
    private static readonly CodeRange Organs = CodeRange.Parse("C00-C75");

    /// <summary><paramref name="codes"/> with a hemangioma of unspecified site given the site its sentences state, in their order.</summary>
    public static IReadOnlyList<CodeSuggestion> Refine(IReadOnlyList<CodeSuggestion> codes, TextModel document, IcdCatalog catalog, NeoplasmSiteIndex sites)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(sites);
        return SpecificCode.Replace(codes, code => Sited(catalog, code, document, sites), code => code != UnspecifiedSite);
    }

    private static IcdCode? Sited(IcdCatalog catalog, CodeSuggestion code, TextModel document, NeoplasmSiteIndex sites)
    {
        var stated = StatedSites.OfEvidence(document, code.Evidence, sites).Select(Sited).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return stated.Length == 1 ? catalog.Find(stated[0]) : null;
    }

    // The hemangioma code of a row of the Table of Neoplasms, or null for a site too broad to say.
    private static string? Sited(NeoplasmSite site)
    {
        if (site.Entry.Primary is not { } primary)
        {
            return null;
        }
        return primary[..3] switch
        {
            "C44" => "D18.01",
            "C70" or "C71" => "D18.02",
            "C48" => "D18.03",
            _ when DigestiveOrgans.Contains(primary) => "D18.03",
            "C38" or "C49" => null,
            _ when Organs.Contains(primary) => "D18.09",
            _ => null,
        };
    }
}
