using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The site character of a lymphoma code (C81–C85: …0 unspecified site, …1–…6 the lymph node regions, …7 spleen, …8 lymph
/// nodes of multiple sites, …9 extranodal and solid organ sites) from the site its sentence places the lymphoma in, read
/// with the Table of Neoplasms: lymph nodes the table's secondary column puts in a region (C77.0–C77.5 → …1–…6; nodes of two
/// regions or more → …8), the spleen (…7), or an organ whose primary malignancy the table codes C00–C75 (…9). A site counts
/// when it qualifies the lymphoma (<see cref="StatedSites"/>: "gastric lymphoma", "of the stomach", "with cervical lymph
/// node involvement", "in mediastinal nodes"); a site character split further takes its central nervous system code for
/// the brain and its other sites' code elsewhere (C83.39: C83.390, C83.398). A region that also names organs (thorax,
/// mediastinum, C38 and C76) and sites of different kinds leave the code as it is: never an invented site. Pure.
/// Example: "Diffuse large B-cell lymphoma of the stomach." C83.30 → C83.398; "Hodgkin lymphoma in mediastinal nodes." C81.90 → C81.92.
/// </summary>
public static class LymphomaSite
{
    private const char Unspecified = '0';
    private const char MultipleNodeRegions = '8';
    private const char Spleen = '7';
    private const char Extranodal = '9';

    private static readonly CodeRange CentralNervousSystem = CodeRange.Parse("C70-C72");
    private static readonly CodeRange Organs = CodeRange.Parse("C00-C75");

    /// <summary><paramref name="codes"/> with each lymphoma of unspecified site given the site its sentences state, in their order.</summary>
    public static IReadOnlyList<CodeSuggestion> Refine(IReadOnlyList<CodeSuggestion> codes, TextModel document, IcdCatalog catalog, NeoplasmSiteIndex sites)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(sites);
        return SpecificCode.Replace(codes, code => Sited(catalog, code, document, sites), code => !IsUnsitedLymphoma(catalog, code));
    }

    private static bool IsUnsitedLymphoma(IcdCatalog catalog, string code) =>
        code.Length == 6 && code[0] == 'C' && code[1] == '8' && code[2] is >= '1' and <= '5' && code[^1] == Unspecified
        && catalog.Find(code)?.Title.EndsWith("unspecified site", StringComparison.OrdinalIgnoreCase) == true;

    private static IcdCode? Sited(IcdCatalog catalog, CodeSuggestion code, TextModel document, NeoplasmSiteIndex sites)
    {
        var stated = StatedSites.OfEvidence(document, code.Evidence, sites)
            .Select(site => (Digit: Digit(site), Site: site))
            .Where(site => site.Digit is not null)
            .Select(site => (Digit: site.Digit!.Value, site.Site))
            .ToList();
        var digits = stated.Select(site => site.Digit).Distinct().ToArray();
        char character;
        if (digits.Length == 1)
        {
            character = digits[0];
        }
        else if (digits.Length > 1 && digits.All(IsNodeRegion))
        {
            character = MultipleNodeRegions;
        }
        else
        {
            return null;
        }
        var sited = catalog.Find(code.Code[..^1] + character);
        if (sited is null || sited.Billable)
        {
            return sited;
        }
        // A site character split further (C83.39: C83.390 primary central nervous system lymphoma, C83.398 other sites).
        var centralNervous = stated.All(site => IsCentralNervousSystem(site.Site));
        var children = catalog.Children(sited.Code).Where(child => child.Billable).ToArray();
        return children.FirstOrDefault(child => child.Title.Contains("central nervous system", StringComparison.OrdinalIgnoreCase) == centralNervous
            && (centralNervous || child.Title.Contains("other", StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsNodeRegion(char digit) => digit is >= '1' and <= '6';

    private static bool IsCentralNervousSystem(NeoplasmSite site) =>
        site.Entry.Primary is { } primary && CentralNervousSystem.Contains(primary);

    // The site character a row of the Table of Neoplasms gives a lymphoma, or null for a site too broad to say.
    private static char? Digit(NeoplasmSite site)
    {
        var entry = site.Entry;
        if (entry.Primary is null)
        {
            return StatedSites.IsLymphNode(site) && entry.Secondary is { Length: 5 } secondary && secondary[4] is >= '0' and <= '5' or '8'
                ? (secondary[4] == '8' ? MultipleNodeRegions : (char)(secondary[4] + 1))
                : null;
        }
        if (entry.Primary.StartsWith("C26.1", StringComparison.Ordinal))
        {
            return Spleen;
        }
        return Organs.Contains(entry.Primary) && !entry.Primary.StartsWith("C38", StringComparison.Ordinal) ? Extranodal : null;
    }
}
