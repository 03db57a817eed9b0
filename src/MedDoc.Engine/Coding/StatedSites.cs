using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The sites of the Table of Neoplasms a sentence places a condition in (<see cref="LymphomaSite"/>, <see cref="HemangiomaSite"/>):
/// the site right before the mention ("gastric lymphoma", "cutaneous hemangioma") and the coordinated list that follows it
/// through prepositions and articles ("of the stomach", "with cervical lymph node involvement", "in mediastinal nodes",
/// "with axillary and inguinal lymph nodes"). Of a compound the head, its last noun, counts ("bone marrow" is the marrow);
/// lymph nodes said enlarged are lymph nodes ("mediastinal lymphadenopathy"). Pure.
/// </summary>
internal static class StatedSites
{
    /// <summary>How many tokens after a mention, or after an item of its list, may lead to a site.</summary>
    public const int Reach = 8;

    // The words that join a condition to the site after it: prepositions, articles and the words of a placement.
    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal)
    {
        "of", "in", "the", "a", "an", "involving", "with", "affecting", "at", "located", "localized", "localised", "primary",
        "left", "right", "bilateral", "both",
    };

    // Lymph nodes said enlarged, not named: "mediastinal lymphadenopathy" are mediastinal lymph nodes.
    private static readonly HashSet<string> NodeWords = new(StringComparer.Ordinal) { "lymphadenopathy", "adenopathy", "adenopathies", "lymphadenopathies" };

    /// <summary>The sites that qualify <paramref name="mention"/> in its sentence, in text order.</summary>
    public static IEnumerable<NeoplasmSite> Qualifying(TextModel document, TokenRange mention, NeoplasmSiteIndex sites)
    {
        var tokens = document.Tokens;
        var sentence = document.Sentences[document.SentenceOf(mention.Start)];
        for (var start = Math.Max(sentence.Start, mention.Start - 2); start < mention.Start; start++)
        {
            if (sites.Matcher.Match(tokens, start, mention.Start) is { } before && before.Tokens.End == mention.Start)
            {
                yield return before.Value;
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
            if (i + 1 < sentence.End && tokens[i + 1].IsCoordination && sites.Find(tokens[i].Value + " lymph nodes") is { } shared && IsLymphNode(shared))
            {
                elided ??= shared;
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
            while (end < sentence.End && sites.Matcher.Match(tokens, end, sentence.End) is { } head && head.Tokens.Start == end)
            {
                (site, end) = (head.Value, head.Tokens.End);
            }
            if (end < sentence.End && NodeWords.Contains(tokens[end].Value) && sites.Find(site.Phrase + " lymph nodes") is { } nodes)
            {
                (site, end) = (nodes, end + 1);
            }
            if (elided is not null && IsLymphNode(site))
            {
                yield return elided;
            }
            yield return site;
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

    /// <summary>True for a row of the lymph nodes the table codes by region in its secondary column (C77.-).</summary>
    public static bool IsLymphNode(NeoplasmSite site) =>
        site.Entry.Primary is null && site.Entry.Secondary?.StartsWith("C77.", StringComparison.Ordinal) == true;
}
