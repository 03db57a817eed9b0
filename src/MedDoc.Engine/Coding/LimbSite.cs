using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Specificity from the tabular tree, for the site of a musculoskeletal code: a code titled "…, unspecified site"
/// ("Unspecified synovitis and tenosynovitis, unspecified site" M65.90, "Osteolysis, unspecified site" M89.50) becomes the
/// code of its category titled for the site that a joint or bone word next to its evidence names (up to
/// <see cref="WordSpecificity.Reach"/> tokens either side, within its sentence), with the side left open for
/// <see cref="SideSpecificity"/>: "synovitis of the right knee" → M65.969 "…, unspecified lower leg" → M65.961. A joint or
/// bone belongs to the site the chapter's site subdivisions give it (ICD-10-CM chapter 13, "site of involvement": the knee
/// joint to the lower leg, the elbow joint to the upper arm, the wrist joint to the forearm, the hip joint to the pelvic
/// region and thigh), a category naming the joint itself taking the joint ("Rheumatoid arthritis … knee"). Two sites, or a
/// site the category has no code for, leave the code as it is. Where no joint or bone word is beside the evidence, the site of
/// the heading it is written under counts (<see cref="HeadingSite"/>: "LEFT HIP:" above "Synovitis."). Pure.
/// </summary>
public static class LimbSite
{
    private const string OpenSite = ", unspecified site";

    // The sites a joint or bone word names, in the order a category's titles are tried: the joint itself first, then the
    // limb region the chapter's site subdivisions put it in.
    private static readonly Dictionary<string, string[]> SitesOfWord = new(StringComparer.Ordinal)
    {
        ["shoulder"] = ["shoulder"],
        ["clavicle"] = ["shoulder"],
        ["scapula"] = ["shoulder"],
        ["elbow"] = ["elbow", "upper arm"],
        ["humerus"] = ["upper arm", "humerus"],
        ["forearm"] = ["forearm"],
        ["wrist"] = ["wrist", "forearm"],
        ["radius"] = ["forearm", "radius and ulna", "ulna and radius", "radius"],
        ["ulna"] = ["forearm", "radius and ulna", "ulna and radius", "ulna"],
        ["hand"] = ["hand"],
        ["finger"] = ["hand"],
        ["metacarpal"] = ["hand"],
        ["hip"] = ["hip", "thigh", "pelvic region and thigh"],
        ["thigh"] = ["thigh", "pelvic region and thigh"],
        ["femur"] = ["thigh", "femur"],
        ["knee"] = ["knee", "lower leg"],
        ["tibia"] = ["lower leg", "tibia and fibula", "tibia"],
        ["fibula"] = ["lower leg", "tibia and fibula", "fibula"],
        ["ankle"] = ["ankle and foot", "ankle"],
        ["foot"] = ["ankle and foot", "foot"],
        ["feet"] = ["ankle and foot", "foot"],
        ["toe"] = ["ankle and foot", "toe"],
        ["heel"] = ["ankle and foot", "foot"],
        ["metatarsal"] = ["ankle and foot", "foot"],
    };

    /// <summary>
    /// <paramref name="codes"/> with each code of an unspecified site given the site its evidence names, in their order; a
    /// code whose mentions name different sites becomes one code per site, each with the mentions that name it (guideline
    /// I.B.13's one code per site), and mentions naming no site go with the code of the first.
    /// </summary>
    public static IReadOnlyList<CodeSuggestion> Refine(IReadOnlyList<CodeSuggestion> codes, TextModel document, IcdCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        var taken = codes.Select(code => code.Code).ToHashSet(StringComparer.Ordinal);
        var refined = new List<CodeSuggestion>(codes.Count);
        foreach (var code in codes)
        {
            var sited = code.Basis == CodeBasis.Documented ? BySite(catalog, code, document) : null;
            if (sited is null)
            {
                refined.Add(code);
                continue;
            }
            foreach (var (site, evidence) in sited.Where(pair => taken.Add(pair.Site.Code)))
            {
                refined.Add(code with { Code = site.Code, Description = site.Title, Evidence = evidence });
            }
        }
        return refined;
    }

    // The evidence of an unspecified-site code grouped by the site each span names, or null when none names one.
    private static List<(IcdCode Site, IReadOnlyList<Span> Evidence)>? BySite(IcdCatalog catalog, CodeSuggestion code, TextModel document)
    {
        if (code.Code[0] != 'M' || catalog.Find(code.Code) is not { } entry || !entry.Title.EndsWith(OpenSite, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var condition = entry.Title[..^OpenSite.Length];
        var titled = WordSpecificity.Category(catalog, entry.Code[..3])
            .Where(candidate => candidate.Billable)
            .ToDictionary(candidate => candidate.Title, StringComparer.OrdinalIgnoreCase);
        var groups = new List<(IcdCode Site, List<Span> Evidence)>();
        var unsited = new List<Span>();
        foreach (var span in code.Evidence)
        {
            var stated = WordSpecificity.StatedWords(document, [span]);
            var site = SiteOf(titled, condition, stated);
            if (site is null && !stated.Any(SitesOfWord.ContainsKey) && HeadingSite.Above(document.Text, span.Start) is { SiteWords.Count: > 0 } heading)
            {
                // No joint or bone beside it, "LEFT HIP:" above its line: the site its heading names.
                site = SiteOf(titled, condition, heading.SiteWords.ToHashSet(StringComparer.Ordinal));
            }
            if (site is null)
            {
                unsited.Add(span);
                continue;
            }
            var group = groups.FindIndex(item => item.Site.Code == site.Code);
            if (group < 0)
            {
                groups.Add((site, [span]));
            }
            else
            {
                groups[group].Evidence.Add(span);
            }
        }
        if (groups.Count == 0)
        {
            return null;
        }
        groups[0].Evidence.AddRange(unsited);
        return groups.Select(group => (group.Site, (IReadOnlyList<Span>)group.Evidence.OrderBy(span => span.Start).ToList())).ToList();
    }

    // The one site the words name among the category's codes, or null for none or several.
    private static IcdCode? SiteOf(Dictionary<string, IcdCode> titled, string condition, HashSet<string> words)
    {
        IcdCode? sited = null;
        foreach (var word in words)
        {
            if (!SitesOfWord.TryGetValue(word, out var sites))
            {
                continue;
            }
            var found = sites.Select(site => SiteCode(titled, condition, site)).FirstOrDefault(candidate => candidate is not null);
            if (found is null || (sited is not null && sited.Code != found.Code))
            {
                return null;
            }
            sited = found;
        }
        return sited;
    }

    // The category's code for the site with its side left open ("…, unspecified lower leg"), or the site's own code where the
    // category does not split it by side ("…, vertebrae").
    private static IcdCode? SiteCode(Dictionary<string, IcdCode> titled, string condition, string site) =>
        titled.GetValueOrDefault($"{condition}, unspecified {site}") ?? titled.GetValueOrDefault($"{condition}, {site}");
}
