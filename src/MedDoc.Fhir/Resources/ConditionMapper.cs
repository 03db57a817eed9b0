using Hl7.Fhir.Model;
using MedDoc.Engine;

namespace MedDoc.Fhir.Resources;

/// <summary>
/// One suggested ICD-10-CM code as a Condition: "Small left pleural effusion." → J90, clinicalStatus active,
/// verificationStatus provisional (confirmed once a coder accepted it, refuted when rejected, then without a
/// clinical status), category problem-list-item when the evidence sits in a problem list or past history,
/// else encounter-diagnosis; the verbatim evidence as extensions; evidence.detail pointing at the original and,
/// for a code inferred from a lab value, at that value's Observation.
/// </summary>
internal static class ConditionMapper
{
    public static Condition Create(ExportContext context, string id, CodeSuggestion code, IReadOnlyList<ResourceReference> labEvidence)
    {
        var decision = context.Export.ReviewOf(code.Code);
        var condition = new Condition
        {
            Id = id,
            VerificationStatus = decision switch
            {
                CodeReviewDecision.Accepted => Concepts.Coded(FhirSystems.ConditionVerification, "confirmed", "Confirmed"),
                CodeReviewDecision.Rejected => Concepts.Coded(FhirSystems.ConditionVerification, "refuted", "Refuted"),
                _ => Concepts.Coded(FhirSystems.ConditionVerification, "provisional", "Provisional"),
            },
            ClinicalStatus = decision == CodeReviewDecision.Rejected
                ? null
                : Concepts.Coded(FhirSystems.ConditionClinical, "active", "Active"),
            Code = Concepts.Coded(FhirSystems.Icd10Cm, code.Code, code.Description, code.Description),
            Subject = context.Patient,
        };
        condition.Category.Add(IsProblemListItem(context, code)
            ? Concepts.Coded(FhirSystems.ConditionCategory, "problem-list-item", "Problem List Item")
            : Concepts.Coded(FhirSystems.ConditionCategory, "encounter-diagnosis", "Encounter Diagnosis"));
        var evidence = new Condition.EvidenceComponent();
        evidence.Detail.Add(context.DocumentReference);
        evidence.Detail.AddRange(labEvidence);
        condition.Evidence.Add(evidence);
        if (code.Basis == CodeBasis.LabValue)
        {
            condition.Note.Add(new Annotation { Text = "Inferred from an abnormal lab result; needs clinician confirmation." });
        }
        condition.Extension.Add(Suggestion(code));
        condition.Extension.AddRange(code.Evidence.Select(span => EvidenceExtension.Create(span, context.Offsets)));
        return condition;
    }

    private static bool IsProblemListItem(ExportContext context, CodeSuggestion code) =>
        code.Evidence.All(span => context.Export.Analysis.Sections
            .FirstOrDefault(section => section.Content.Start <= span.Start && span.End <= section.Content.End) is { } section
            && context.Terminology.IsProblemListSection(section.Category));

    private static Extension Suggestion(CodeSuggestion code)
    {
        var extension = new Extension { Url = MedDocExtensions.Suggestion };
        extension.Extension.Add(new Extension("basis", new Code(code.Basis == CodeBasis.LabValue ? "lab_value" : "documented")));
        extension.Extension.Add(new Extension("confidence", new FhirDecimal((decimal)Math.Round(code.Confidence, 4))));
        return extension;
    }
}
