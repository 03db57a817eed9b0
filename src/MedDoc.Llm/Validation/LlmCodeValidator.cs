using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Text;
using MedDoc.Llm.Metrics;
using MedDoc.Llm.Redaction;

namespace MedDoc.Llm.Validation;

/// <summary>
/// The "evidence required" rule, enforced on every code Claude suggests before anyone sees it:
/// the code exists in the ICD-10-CM catalog and is billable; every evidence quote is found in the text
/// Claude saw (whitespace- and case-tolerant, <see cref="EvidenceLocator"/>) and its span is recomputed in
/// the ORIGINAL text; no engine finding overlapping the evidence is asserted negated, possible,
/// hypothetical, historical or family (unless a present finding also overlaps it); not all evidence lies in
/// an indication, comparison, technique, family-history or allergies section; and the final
/// <see cref="EvidenceValidator"/> check passes. Example: "No pleural effusion." with J90 claimed →
/// dropped as engine_negated. <c>findCode</c> is the catalog lookup (<see cref="IcdCatalog.Find"/>); <c>conceptCodes</c>
/// maps engine concept ids to their codes. See docs/decisions/003-llm-fallback.md.
/// </summary>
public sealed class LlmCodeValidator(Func<string, IcdCode?> findCode, IReadOnlyDictionary<string, string?> conceptCodes)
{
    /// <summary>Validates <paramref name="claims"/> for the document <paramref name="text"/> the engine answered with <paramref name="engine"/>.</summary>
    public CodeValidation Validate(IReadOnlyList<LlmCodeClaim> claims, RedactedText text, AnalysisResult engine)
    {
        var accepted = new List<CodeSuggestion>();
        var dropped = new List<DroppedCode>();
        var seen = new HashSet<string>(engine.Codes.Select(code => code.Code), StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims)
        {
            var (suggestion, reason) = Check(claim, text, engine);
            if (suggestion is null)
            {
                dropped.Add(new DroppedCode(claim.Code, reason));
            }
            else if (!seen.Add(suggestion.Code))
            {
                dropped.Add(new DroppedCode(suggestion.Code, DropReason.Duplicate));
            }
            else
            {
                accepted.Add(suggestion);
            }
        }
        return new CodeValidation(accepted, dropped);
    }

    private (CodeSuggestion? Suggestion, DropReason Reason) Check(LlmCodeClaim claim, RedactedText text, AnalysisResult engine)
    {
        if (string.IsNullOrWhiteSpace(claim.Code))
        {
            return (null, DropReason.Malformed);
        }
        var entry = findCode(IcdCatalog.WithDot(claim.Code));
        if (entry is null)
        {
            return (null, DropReason.NotInCatalog);
        }
        if (!entry.Billable)
        {
            return (null, DropReason.NotBillable);
        }
        var quotes = claim.Evidence.Where(quote => !string.IsNullOrWhiteSpace(quote)).ToArray();
        if (quotes.Length == 0)
        {
            return (null, DropReason.NoEvidence);
        }
        var spans = new List<Span>();
        foreach (var quote in quotes)
        {
            var span = Anchor(quote, text);
            if (span is null)
            {
                return (null, DropReason.EvidenceNotFound);
            }
            if (!spans.Contains(span))
            {
                spans.Add(span);
            }
        }
        var assertion = EngineAssertion(entry.Code, spans, engine.Findings);
        if (assertion is not null)
        {
            return (null, assertion.Value);
        }
        if (spans.All(span => InUnconfirmingSection(span, engine.Sections)))
        {
            return (null, DropReason.NotConfirmed);
        }
        var suggestion = new CodeSuggestion(entry.Code, entry.Title, spans, claim.Confidence, claim.Basis);
        return EvidenceValidator.IsValid(suggestion, text.Original) ? (suggestion, default) : (null, DropReason.InvalidEvidence);
    }

    /// <summary>Finds the quote in the text Claude saw and maps it back to the original; falls back to the original itself.</summary>
    private static Span? Anchor(string quote, RedactedText text)
    {
        var seen = EvidenceLocator.Find(text.Text, quote);
        if (seen is not null)
        {
            var start = text.Map(seen.Start);
            var end = text.MapEnd(seen.End);
            return Span.Of(text.Original, start, end);
        }
        return ReferenceEquals(text.Text, text.Original) ? null : EvidenceLocator.Find(text.Original, quote);
    }

    /// <summary>Section categories that state no finding of this study (CODING.md: a reason for the exam is not a code).</summary>
    private static readonly HashSet<string> UnconfirmingSections = new(StringComparer.Ordinal)
    {
        "indication", "comparison", "technique", "family_history", "allergies",
    };

    private static bool InUnconfirmingSection(Span span, IReadOnlyList<Section> sections) =>
        sections.Any(section => UnconfirmingSections.Contains(section.Category) &&
                                (section.Header?.Start ?? section.Content.Start) <= span.Start && span.End <= section.Content.End);

    /// <summary>The drop reason when the engine asserts the evidence as not present, or null.</summary>
    private DropReason? EngineAssertion(string code, IReadOnlyList<Span> evidence, IReadOnlyList<Finding> findings)
    {
        var relevant = findings
            .Where(finding => evidence.Any(span => finding.Span.Start < span.End && span.Start < finding.Span.End))
            .Where(finding => SameCategoryOrUncoded(finding.ConceptId, code))
            .ToArray();
        if (relevant.Length == 0 || relevant.Any(finding => finding.Assertion == Assertion.Present))
        {
            return null;
        }
        return relevant[0].Assertion switch
        {
            Assertion.Negated => DropReason.EngineNegated,
            Assertion.Possible => DropReason.EnginePossible,
            Assertion.Hypothetical => DropReason.EngineHypothetical,
            Assertion.Historical => DropReason.EngineHistorical,
            _ => DropReason.EngineFamily,
        };
    }

    /// <summary>A finding speaks about <paramref name="code"/> unless its concept is coded in another ICD-10-CM category.</summary>
    private bool SameCategoryOrUncoded(string conceptId, string code) =>
        !conceptCodes.TryGetValue(conceptId, out var conceptCode) || conceptCode is null ||
        string.Equals(conceptCode[..Math.Min(3, conceptCode.Length)], code[..Math.Min(3, code.Length)], StringComparison.OrdinalIgnoreCase);
}
