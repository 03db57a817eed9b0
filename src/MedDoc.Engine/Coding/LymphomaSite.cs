using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The site character of a lymphoma code (C81–C85: …0 unspecified site, …1–…6 the lymph node regions, …7 spleen, …8 lymph
/// nodes of multiple sites, …9 extranodal and solid organ sites) from the site its sentence places the lymphoma in, read
/// with the Table of Neoplasms: lymph nodes the table's secondary column puts in a region (C77.0–C77.5 → …1–…6; nodes of two
/// regions or more → …8), the spleen (…7), or an organ whose primary malignancy the table codes C00–C75 (…9). A site counts
/// when it qualifies the lymphoma (right before it: "gastric lymphoma") or follows it through prepositions ("of the
/// stomach", "with cervical lymph node involvement", "in mediastinal nodes"); a region that also names organs (thorax,
/// mediastinum, C38 and C76) and sites of different kinds leave the code as it is: never an invented site. Pure.
/// Example: "Diffuse large B-cell lymphoma of the stomach." C83.30 → C83.398; "Hodgkin lymphoma in mediastinal nodes." C81.90 → C81.92.
/// </summary>
public static class LymphomaSite
{
    /// <summary>How many tokens after a mention may lead to its site.</summary>
    public const int Reach = 8;

    private const char Unspecified = '0';
    private const char MultipleNodeRegions = '8';
    private const char Spleen = '7';
    private const char Extranodal = '9';

    // The words that join a lymphoma to the site after it: prepositions, articles and the words of a placement.
    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal)
    {
        "of", "in", "the", "a", "an", "involving", "with", "affecting", "at", "located", "localized", "localised", "primary",
        "left", "right", "bilateral", "both",
    };

    // Lymph nodes said enlarged, not named: "mediastinal lymphadenopathy" are mediastinal lymph nodes.
    private static readonly HashSet<string> NodeWords = new(StringComparer.Ordinal) { "lymphadenopathy", "adenopathy", "adenopathies", "lymphadenopathies" };

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
        var stated = new List<(char Digit, NeoplasmSite Site)>();
        foreach (var span in code.Evidence)
        {
            var mention = document.TokensIn(span.Start, span.End);
            if (mention.Count > 0)
            {
                stated.AddRange(StatedSites(document, new TokenRange(mention.Start, mention.End), sites));
            }
        }
        var digits = stated.Select(site => site.Digit).Distinct().ToArray();
        char digit;
        if (digits.Length == 1)
        {
            digit = digits[0];
        }
        else if (digits.Length > 1 && digits.All(IsNodeRegion))
        {
            digit = MultipleNodeRegions;
        }
        else
        {
            return null;
        }
        var sited = catalog.Find(code.Code[..^1] + digit);
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
        site.Entry.Primary is { } primary && string.CompareOrdinal(primary[..3], "C70") >= 0 && string.CompareOrdinal(primary[..3], "C72") <= 0;

    // The sites that qualify the mention: one ending right before it, and the coordinated list after the joining words that follow it.
    private static IEnumerable<(char Digit, NeoplasmSite Site)> StatedSites(TextModel document, TokenRange mention, NeoplasmSiteIndex sites)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[document.SentenceOf(mention.Start)];
        for (var start = Math.Max(sentence.Start, mention.Start - 2); start < mention.Start; start++)
        {
            if (sites.Matcher.Match(tokens, start, mention.Start) is { } before && before.Tokens.End == mention.Start)
            {
                if (Digit(before.Value) is { } digit)
                {
                    yield return (digit, before.Value);
                }
                break;
            }
        }
        var limit = Math.Min(sentence.End, mention.End + Reach);
        var i = mention.End;
        while (i < limit && Joining.Contains(tokens[i].Value))
        {
            i++;
        }
        NeoplasmSite? elided = null;
        while (i < limit)
        {
            // An item that shares the lymph nodes of the last one: "axillary and inguinal lymph nodes".
            if (i + 1 < sentence.End && tokens[i + 1].IsCoordination && Digit(sites.Find(tokens[i].Value + " lymph nodes")) is not null)
            {
                elided ??= sites.Find(tokens[i].Value + " lymph nodes");
                i += 2;
                continue;
            }
            var match = sites.Matcher.Match(tokens, i, sentence.End);
            if (match is null)
            {
                yield break;
            }
            var site = match.Value;
            var end = match.Tokens.End;
            // The head of a compound is its last noun: "bone marrow" is the marrow, not the bone.
            while (end < sentence.End && sites.Matcher.Match(tokens, end, sentence.End) is { } head && head.Tokens.Start == end)
            {
                (site, end) = (head.Value, head.Tokens.End);
            }
            if (end < sentence.End && NodeWords.Contains(tokens[end].Value) && sites.Find(site.Phrase + " lymph nodes") is { } nodes)
            {
                (site, end) = (nodes, end + 1);
            }
            if (Digit(site) is { } digit)
            {
                if (elided is not null && IsNodeRegion(digit) && Digit(elided) is { } shared)
                {
                    yield return (shared, elided);
                }
                yield return (digit, site);
            }
            elided = null;
            i = end;
            if (i >= sentence.End || !tokens[i].IsCoordination)
            {
                yield break;
            }
            while (i < sentence.End && tokens[i].IsCoordination)
            {
                i++;
            }
            limit = Math.Min(sentence.End, i + Reach);
        }
    }

    // The site character a row of the Table of Neoplasms gives a lymphoma, or null for a site too broad to say.
    private static char? Digit(NeoplasmSite? site)
    {
        if (site is null)
        {
            return null;
        }
        var entry = site.Entry;
        if (entry.Primary is null)
        {
            return entry.Secondary is { Length: 5 } secondary && secondary.StartsWith("C77.", StringComparison.Ordinal) && secondary[4] is >= '0' and <= '5' or '8'
                ? (secondary[4] == '8' ? MultipleNodeRegions : (char)(secondary[4] + 1))
                : null;
        }
        var category = entry.Primary[..3];
        if (category == "C26" && entry.Primary.StartsWith("C26.1", StringComparison.Ordinal))
        {
            return Spleen;
        }
        return string.CompareOrdinal(category, "C76") < 0 && category != "C38" ? Extranodal : null;
    }
}
