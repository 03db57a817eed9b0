using System.Globalization;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The weeks of gestation a pregnancy is stated at (Z3A.08–Z3A.42, "… weeks gestation of pregnancy"): a whole number of
/// weeks followed by "weeks" and a pregnancy word ("34 weeks pregnant", "at 20 weeks of gestation", "38 weeks gestational
/// age"). A newborn's gestational age ("born at 39 weeks of gestation") is not a pregnancy of the patient: the Z3A codes
/// belong to the mother's record (Official Guidelines I.C.15.b.3). A number outside 8–42 weeks, or a range ("between 16
/// and 18 weeks"), gives no code, nor does a section that only gives the reason for the study (INDICATION). Pure.
/// Example: "A 33-year-old woman, 34 weeks pregnant." → Z3A.34.
/// </summary>
public static class GestationalWeeks
{
    private const int FirstWeek = 8;
    private const int LastWeek = 42;

    /// <summary>How many tokens before the number may say the patient was born then.</summary>
    private const int BornReach = 4;

    private static readonly HashSet<string> PregnancyWords = new(StringComparer.Ordinal) { "gestation", "pregnant", "pregnancy", "gestational" };

    /// <summary>
    /// One suggestion per week count stated in <paramref name="document"/>'s coded sections (<paramref name="sectionRules"/>),
    /// with <paramref name="confidence"/>.
    /// </summary>
    public static IReadOnlyList<CodeSuggestion> Find(TextModel document, IcdCatalog catalog, SectionRuleSet sectionRules, double confidence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(sectionRules);
        var tokens = document.Tokens;
        var found = new Dictionary<string, List<Span>>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || tokens[i + 1].Value is not ("weeks" or "week")
                || !int.TryParse(tokens[i].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks)
                || weeks < FirstWeek || weeks > LastWeek)
            {
                continue;
            }
            var last = tokens[i + 2].Value == "of" ? i + 3 : i + 2;
            if (last >= tokens.Count || !PregnancyWords.Contains(tokens[last].Value) || BornBefore(document, i)
                || !InCodedSection(document, sectionRules, tokens[i].Start))
            {
                continue;
            }
            var code = string.Create(CultureInfo.InvariantCulture, $"Z3A.{weeks:00}");
            if (catalog.Find(code) is null)
            {
                continue;
            }
            if (!found.TryGetValue(code, out var spans))
            {
                found[code] = spans = [];
            }
            spans.Add(Span.Of(document.Text, tokens[i].Start, tokens[last].End));
        }
        return found
            .Select(pair => new CodeSuggestion(pair.Key, catalog.Find(pair.Key)!.Title, pair.Value, confidence, CodeBasis.Documented))
            .ToArray();
    }

    /// <summary>True when <paramref name="offset"/> lies in a coded section of <paramref name="document"/> (or in no section).</summary>
    internal static bool InCodedSection(TextModel document, SectionRuleSet sectionRules, int offset)
    {
        foreach (var section in document.Sections)
        {
            if (section.Content.Start <= offset && offset < section.Content.End)
            {
                return sectionRules.Find(section.Category).Coded;
            }
        }
        return true;
    }

    private static bool BornBefore(TextModel document, int number)
    {
        var sentence = document.Sentences[document.SentenceOf(number)];
        for (var i = Math.Max(sentence.Start, number - BornReach); i < number; i++)
        {
            if (document.Tokens[i].Value is "born" or "newborn" or "preterm" or "premature")
            {
                return true;
            }
        }
        return false;
    }
}
