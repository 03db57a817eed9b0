using MedDoc.Engine.Rules;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The nature of an adverse effect at its drug-induced code (Official Guidelines I.C.19.e.5(a), ADR 018): a condition coded
/// in the sentence that states a drug's adverse effect (<see cref="AdverseDrugEffect"/>) becomes its code "due to drugs"
/// when the classification has one ("amiodarone-induced hypothyroidism" → E03.2 beside T46.2X5A, "neutropenia secondary to
/// chemotherapy" → D70.1, "opioid-induced constipation" → K59.03). The condition must be written next to the statement
/// (at most a few tokens between): "renal insufficiency and digitalis toxicity" lists two conditions, and a toxicity
/// names no other condition as its effect. A poisoning keeps the condition's own code, and so does a condition elsewhere. Pure.
/// </summary>
public static class DrugInducedCondition
{
    /// <summary>The adverse-effect character of a T36–T50 code ("T46.2X5A": 5).</summary>
    private const char AdverseEffectCharacter = '5';

    /// <summary>How many tokens may stand between a condition and the statement of its cause ("a rash appeared, an adverse reaction to").</summary>
    private const int MaxTokensBetween = 4;

    private static readonly Lazy<IReadOnlyDictionary<string, DrugInducedConditionRule>> Embedded = new(() =>
        (RuleResources.Read<DrugClassFile>(AdverseDrugEffect.RulesFileName).Conditions ?? [])
            .ToDictionary(rule => rule.Code, StringComparer.Ordinal));

    /// <summary>
    /// <paramref name="codes"/> with each condition that shares a sentence with an adverse effect of <paramref name="effects"/>
    /// at its drug-induced code.
    /// </summary>
    public static IReadOnlyList<CodeSuggestion> Refine(
        IReadOnlyList<CodeSuggestion> codes, IReadOnlyList<CodeSuggestion> effects, TextModel document, IcdCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(effects);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        // Each adverse effect's statement (tokens) and the class header it names ("T46.2X5"); not a toxicity.
        var statements = new List<(TokenRange Tokens, string Header)>();
        foreach (var effect in effects)
        {
            var key = IcdCatalog.Key(effect.Code);
            if (key.Length != 7 || catalog.Parent(key) is not { } header || IcdCatalog.Key(header.Code)[^1] != AdverseEffectCharacter)
            {
                continue;
            }
            foreach (var span in effect.Evidence)
            {
                var tokens = document.TokensIn(span.Start, span.End);
                if (tokens.Count > 0 && !document.Tokens[tokens.End - 1].Value.Equals("toxicity", StringComparison.OrdinalIgnoreCase))
                {
                    statements.Add((tokens, header.Code));
                }
            }
        }
        if (statements.Count == 0)
        {
            return codes;
        }
        var rules = Embedded.Value;
        return SpecificCode.Replace(codes, code =>
        {
            if (!rules.TryGetValue(code.Code, out var rule))
            {
                return null;
            }
            foreach (var span in code.Evidence)
            {
                var condition = document.TokensIn(span.Start, span.End);
                foreach (var (tokens, header) in statements)
                {
                    if (condition.Count > 0 && Adjacent(document, condition, tokens) && (rule.ClassCodes?.GetValueOrDefault(header) ?? rule.DrugCode) is { } induced)
                    {
                        return catalog.Find(induced);
                    }
                }
            }
            return null;
        }, _ => false);
    }

    // True when the two token ranges lie in one sentence with at most MaxTokensBetween tokens between them (or overlap).
    private static bool Adjacent(TextModel document, TokenRange condition, TokenRange statement)
    {
        if (document.SentenceOf(condition.Start) != document.SentenceOf(statement.Start))
        {
            return false;
        }
        var between = condition.End <= statement.Start ? statement.Start - condition.End : condition.Start - statement.End;
        return between <= MaxTokensBetween;
    }
}
