using System.Globalization;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The body mass index an adult's document states ("BMI 36 kg/m2", "body mass index (BMI) of 22") as its Z68 code (Z68.1 up
/// to 19.9, Z68.20–Z68.39 by whole unit, Z68.41–Z68.45 from 40 on), only beside a weight diagnosis the document codes: the
/// Official Guidelines (I.B.14, I.C.21.c.3) report a BMI only with an associated reportable diagnosis such as obesity (E66),
/// malnutrition (E40–E46), underweight (R63.6) or cachexia (R64). A bound ("BMI > 40") states no value, a patient under 20
/// (whose BMI codes are percentiles for age) gets none, nor does a section that only gives the reason for the study. Pure.
/// Example: "Morbid obesity (BMI 41 kg/m2)." → E66.01 and Z68.41.
/// </summary>
public static class BodyMassIndex
{
    private const int AdultAge = 20;

    /// <summary>How many tokens after "BMI" the value may come ("BMI (body mass index) was 26").</summary>
    private const int ValueReach = 6;

    private static readonly string[] WeightDiagnoses = ["E66", "E40", "E41", "E42", "E43", "E44", "E45", "E46", "R63.6", "R64"];

    private static readonly HashSet<string> Bounds = new(StringComparer.Ordinal) { "<", ">", "≥", "≤", "=>", "<=", ">=", "over", "above", "below", "under", "than" };

    /// <summary>
    /// One Z68 suggestion per stated BMI value of <paramref name="document"/>'s coded sections (<paramref name="sectionRules"/>),
    /// with <paramref name="confidence"/>, when <paramref name="coded"/> holds a weight diagnosis; none otherwise.
    /// </summary>
    public static IReadOnlyList<CodeSuggestion> Find(
        TextModel document, IReadOnlyList<CodeSuggestion> coded, IcdCatalog catalog, SectionRuleSet sectionRules, double confidence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!coded.Any(code => WeightDiagnoses.Any(prefix => code.Code.StartsWith(prefix, StringComparison.Ordinal))) || IsMinor(document))
        {
            return [];
        }
        var tokens = document.Tokens;
        var found = new Dictionary<string, List<Span>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var label = LabelEnd(tokens, i);
            if (label < 0 || ValueAfter(tokens, label, document.Sentences[document.SentenceOf(i)].End) is not { } value
                || !GestationalWeeks.InCodedSection(document, sectionRules, tokens[i].Start)
                || CodeOf(value.Bmi) is not { } code || catalog.Find(code) is null)
            {
                continue;
            }
            if (!found.TryGetValue(code, out var spans))
            {
                found[code] = spans = [];
            }
            spans.Add(Span.Of(document.Text, tokens[i].Start, tokens[value.Token].End));
            i = value.Token;
        }
        return found
            .Select(pair => new CodeSuggestion(pair.Key, catalog.Find(pair.Key)!.Title, pair.Value, confidence, CodeBasis.Documented))
            .ToArray();
    }

    /// <summary>The Z68 code of an adult BMI ("Z68.26" for 26.4), or null outside a plausible 10–100.</summary>
    internal static string? CodeOf(double bmi) => bmi switch
    {
        < 10 or > 100 => null,
        < 20 => "Z68.1",
        < 40 => string.Create(CultureInfo.InvariantCulture, $"Z68.{(int)Math.Floor(bmi)}"),
        < 45 => "Z68.41",
        < 50 => "Z68.42",
        < 60 => "Z68.43",
        < 70 => "Z68.44",
        _ => "Z68.45",
    };

    // The token after "BMI" or "body mass index" at i, or -1.
    private static int LabelEnd(IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Value == "bmi")
        {
            return i + 1;
        }
        return i + 2 < tokens.Count && tokens[i].Value == "body" && tokens[i + 1].Value == "mass" && tokens[i + 2].Value == "index" ? i + 3 : -1;
    }

    // The first number after the label within its sentence, skipping brackets, colons and the label's own abbreviation; null at a bound.
    private static (double Bmi, int Token)? ValueAfter(IReadOnlyList<Token> tokens, int start, int sentenceEnd)
    {
        for (var i = start; i < Math.Min(sentenceEnd, start + ValueReach); i++)
        {
            var token = tokens[i];
            if (Bounds.Contains(token.Value))
            {
                return null;
            }
            if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && token.Value.EndsWith("kg", StringComparison.Ordinal) && char.IsDigit(token.Value[0])))
            {
                var digits = token.Kind == TokenKind.Number ? token.Value : token.Value[..^2];
                return double.TryParse(digits.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bmi) ? (bmi, i) : null;
            }
            if (token.Kind == TokenKind.Word && token.Value is not ("of" or "was" or "is" or "bmi" or "body" or "mass" or "index"))
            {
                return null;
            }
        }
        return null;
    }

    // A stated age under 20 ("a 16-year-old girl"): the first "N-year-old" or "N years old" of the document.
    private static bool IsMinor(TextModel document)
    {
        var tokens = document.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number)
            {
                continue;
            }
            var next = tokens[i + 1].Value == "-" && i + 2 < tokens.Count ? i + 2 : i + 1;
            if (tokens[next].Value is "year" or "years" && next + 1 < tokens.Count
                && (tokens[next + 1].Value == "old" || (tokens[next + 1].Value == "-" && next + 2 < tokens.Count && tokens[next + 2].Value == "old")))
            {
                return int.TryParse(tokens[i].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age < AdultAge;
            }
        }
        return false;
    }
}
