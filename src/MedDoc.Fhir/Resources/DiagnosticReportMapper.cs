using Hl7.Fhir.Model;
using MedDoc.Fhir.Terminology;

namespace MedDoc.Fhir.Resources;

/// <summary>
/// A lab, imaging or pathology report as a DiagnosticReport: category LAB / RAD / PAT, the LOINC code of the panel
/// or study, its Observations as results, the summary as conclusion and the accepted or suggested ICD-10-CM codes
/// (not refuted ones) as conclusionCode.
/// </summary>
internal static class DiagnosticReportMapper
{
    public static DiagnosticReport Create(
        ExportContext context, string id, DocumentTypeLoinc type, string serviceSection, IReadOnlyList<ResourceReference> results, IEnumerable<CodeableConcept> conclusionCodes)
    {
        var report = new DiagnosticReport
        {
            Id = id,
            Status = DiagnosticReport.DiagnosticReportStatus.Final,
            Code = type.Loinc is null
                ? Concepts.Text(type.Label)
                : Concepts.Coded(FhirSystems.Loinc, type.Loinc, type.Display, type.Label),
            Subject = context.Patient,
            Issued = context.Export.Document.CreatedAt,
        };
        report.Category.Add(Concepts.Coded(FhirSystems.DiagnosticServiceSection, serviceSection, null));
        report.Result.AddRange(results);
        var summary = context.Export.Analysis.Summary.Text;
        if (!string.IsNullOrWhiteSpace(summary))
        {
            report.Conclusion = summary;
        }
        report.ConclusionCode.AddRange(conclusionCodes);
        return report;
    }
}
