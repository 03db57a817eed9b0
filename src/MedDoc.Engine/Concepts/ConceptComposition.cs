namespace MedDoc.Engine.Concepts;

/// <summary>
/// A concept written as a finding stated of a site instead of as a list of phrasings (Rules/concepts/*.json,
/// optional "composed" of a concept): a <paramref name="Findings"/> phrase and a <paramref name="Sites"/> phrase in
/// either order ("calcification of the aortic arch", "the aorta is calcified"), or a <paramref name="LeadingSites"/>
/// phrase only before the finding ("aortic calcification", never "calcified aortic valve"), with at most
/// <see cref="MaxLinkWords"/> <paramref name="Links"/> (or term qualifiers) between them ("is seen within the").
/// Example: { "findings": ["calcification"], "sites": ["aorta", "aortic arch"], "leading_sites": ["aortic"],
/// "links": ["is", "seen", "within", "of", "the"] } matches "Calcification is seen within the aortic arch."
/// </summary>
public sealed record ConceptComposition(
    IReadOnlyList<string> Findings,
    IReadOnlyList<string> Sites,
    IReadOnlyList<string> Links,
    IReadOnlyList<string>? LeadingSites = null)
{
    /// <summary>Most link words or qualifiers between the finding and its site.</summary>
    public const int MaxLinkWords = 6;

    /// <summary>Every phrase the composition stands for, finding and site joined without their links.</summary>
    public IEnumerable<string> Phrases()
    {
        foreach (var finding in Findings)
        {
            foreach (var site in Sites.Distinct(StringComparer.Ordinal))
            {
                yield return finding + " " + site;
                yield return site + " " + finding;
            }
            foreach (var site in LeadingSites ?? [])
            {
                yield return site + " " + finding;
            }
        }
    }
}
