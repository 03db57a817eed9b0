using System.Security.Cryptography;
using Hl7.Fhir.Model;
using MedDoc.Engine;
using MedDoc.Fhir.Resources;
using MedDoc.Fhir.Terminology;

namespace MedDoc.Fhir;

/// <summary>
/// Turns one analysis into a FHIR R4 collection Bundle (docs/fhir.md): an anonymous Patient every resource points
/// to, a DocumentReference for the original, an Observation per lab value, a Condition per suggested ICD-10-CM code
/// whose evidence is verbatim in the text (negated, possible, hypothetical, historical and family findings never
/// become Conditions), and a DiagnosticReport for lab, imaging and pathology reports. Pure and deterministic: the
/// same export gives the same bundle, ids included.
/// </summary>
public sealed class FhirBundleBuilder(FhirTerminology terminology)
{
    /// <summary>A builder over the embedded terminology table.</summary>
    public FhirBundleBuilder()
        : this(FhirTerminology.Embedded)
    {
    }

    /// <summary>The bundle of <paramref name="export"/>.</summary>
    public Bundle Build(AnalysisExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var ids = new ResourceIds(DocumentKey(export.Document));
        var patientId = ids.For("Patient");
        var documentReferenceId = ids.For("DocumentReference");
        var context = new ExportContext(
            export, ids, new CodePointMap(export.Text), terminology,
            ExportContext.ReferenceTo(patientId), ExportContext.ReferenceTo(documentReferenceId));
        var analysis = export.Analysis;

        var observations = analysis.LabResults
            .Select((lab, index) => (Lab: lab, Id: ids.For($"Observation/{index}")))
            .Select(pair => (pair.Lab, pair.Id, Resource: ObservationMapper.Create(context, pair.Id, pair.Lab)))
            .ToArray();
        var conditions = EvidenceValidator.KeepValid(analysis.Codes, export.Text)
            .Where(code => code.Assertion == Assertion.Present)
            .Select((code, index) => (Code: code, Id: ids.For($"Condition/{index}/{code.Code}")))
            .Select(pair => (pair.Code, pair.Id, Resource: ConditionMapper.Create(context, pair.Id, pair.Code, LabEvidence(pair.Code, observations))))
            .ToArray();

        var type = terminology.For(analysis.Classification.Type);
        var reportId = ids.For("DiagnosticReport");
        var report = type.ServiceSection is not { } serviceSection
            ? null
            : DiagnosticReportMapper.Create(
                context, reportId, type, serviceSection,
                observations.Select(observation => ExportContext.ReferenceTo(observation.Id)).ToArray(),
                conditions.Where(condition => export.ReviewOf(condition.Code.Code) != CodeReviewDecision.Rejected)
                    .Select(condition => Concepts.Coded(FhirSystems.Icd10Cm, condition.Code.Code, condition.Code.Description, condition.Code.Description)));

        var bundle = new Bundle
        {
            Id = ids.For("Bundle"),
            Type = Bundle.BundleType.Collection,
            Timestamp = export.GeneratedAt,
            Identifier = new Identifier("urn:ietf:rfc:3986", ResourceIds.FullUrl(ids.For("Bundle"))),
        };
        Add(bundle, patientId, new Patient { Id = patientId });
        Add(bundle, documentReferenceId, DocumentReferenceMapper.Create(
            context, documentReferenceId, report is null ? null : ExportContext.ReferenceTo(reportId)));
        if (report is not null)
        {
            Add(bundle, reportId, report);
        }
        foreach (var (_, id, observation) in observations)
        {
            Add(bundle, id, observation);
        }
        foreach (var (_, id, condition) in conditions)
        {
            Add(bundle, id, condition);
        }
        return bundle;
    }

    /// <summary>The Observations whose lab line is the code's evidence ("Hemoglobin 9.2 g/dL (L)" for D64.9).</summary>
    private static ResourceReference[] LabEvidence(CodeSuggestion code, (LabResult Lab, string Id, Observation Resource)[] observations) =>
        code.Basis != CodeBasis.LabValue
            ? []
            : observations
                .Where(pair => code.Evidence.Any(span => span.Start < pair.Lab.Span.End && pair.Lab.Span.Start < span.End))
                .Select(pair => ExportContext.ReferenceTo(pair.Id))
                .ToArray();

    /// <summary>A stored document is keyed by its id; text that was not stored by its content's hash.</summary>
    private static string DocumentKey(ExportedDocument document) =>
        document.Id is { } id ? "document " + id.ToString("D") : "sha256 " + Convert.ToHexStringLower(SHA256.HashData(document.Content.Span));

    private static void Add(Bundle bundle, string id, Resource resource) =>
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = ResourceIds.FullUrl(id), Resource = resource });
}
