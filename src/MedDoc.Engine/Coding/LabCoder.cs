using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Abnormal lab values → lab_value code suggestions (CODING.md lab table, rules in Rules/lab_codes.json), unless a
/// documented code for the same abnormality supersedes them. Example: "Hemoglobin 9.2 g/dL (L)" → D64.9 with that
/// line as evidence; with "iron deficiency anemia" (D50.9) documented → nothing.
/// </summary>
public sealed class LabCoder
{
    private const double PrintedConfidence = 0.85;
    private const double DefaultRangeConfidence = 0.7;

    private readonly IcdCatalog _catalog;

    /// <summary>A coder with the embedded lab rules; titles come from <paramref name="catalog"/> when it has the code.</summary>
    public LabCoder(IcdCatalog catalog)
        : this(catalog, RuleResources.Read<LabCodeFile>("lab_codes.json").Rules)
    {
    }

    /// <summary>A coder with explicit <paramref name="rules"/>.</summary>
    public LabCoder(IcdCatalog catalog, IReadOnlyList<LabCodeRule> rules)
    {
        _catalog = catalog;
        Rules = rules;
    }

    /// <summary>The rules this coder applies, in file order.</summary>
    public IReadOnlyList<LabCodeRule> Rules { get; }

    /// <summary>Lab-value suggestions for <paramref name="labs"/>, given the codes the text documents.</summary>
    public IReadOnlyList<CodeSuggestion> Code(IReadOnlyList<LabResult> labs, IReadOnlySet<string> documentedCodes)
    {
        ArgumentNullException.ThrowIfNull(labs);
        ArgumentNullException.ThrowIfNull(documentedCodes);
        var suggestions = new List<CodeSuggestion>();
        var abnormal = labs.Where(lab => lab.IsAbnormal).ToArray();
        if (abnormal.Length == 0)
        {
            return suggestions;
        }
        foreach (var rule in Rules)
        {
            if ((rule.Unless ?? []).Any(condition => abnormal.Any(condition.Matches)) || rule.IsSupersededBy(documentedCodes))
            {
                continue;
            }
            var evidence = new List<LabResult>();
            var allHold = true;
            foreach (var condition in rule.When)
            {
                var matching = abnormal.Where(condition.Matches).ToArray();
                allHold &= matching.Length > 0;
                evidence.AddRange(matching);
            }
            if (!allHold || evidence.Count == 0)
            {
                continue;
            }
            var spans = evidence.Select(lab => lab.Span).Distinct().OrderBy(span => span.Start).ToArray();
            var confidence = evidence.All(lab => lab.RangeIsDefault) ? DefaultRangeConfidence : PrintedConfidence;
            var title = _catalog.Find(rule.Code)?.Title ?? rule.Title;
            suggestions.Add(new CodeSuggestion(rule.Code, title, spans, confidence, CodeBasis.LabValue));
        }
        return suggestions;
    }
}
