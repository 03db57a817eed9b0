using Hl7.Fhir.Model;
using MedDoc.Engine;
using MedDoc.Fhir.Terminology;

namespace MedDoc.Fhir.Resources;

/// <summary>What every resource of one bundle shares: ids, the code-point map of the text, the terminology, and references to the patient and the original.</summary>
internal sealed record ExportContext(
    AnalysisExport Export,
    ResourceIds Ids,
    CodePointMap Offsets,
    FhirTerminology Terminology,
    ResourceReference Patient,
    ResourceReference DocumentReference)
{
    /// <summary>A reference to the resource with <paramref name="id"/>, as the entries' fullUrls spell it.</summary>
    public static ResourceReference ReferenceTo(string id) => new(ResourceIds.FullUrl(id));
}
