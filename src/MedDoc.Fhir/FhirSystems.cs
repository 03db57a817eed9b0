namespace MedDoc.Fhir;

/// <summary>The code systems and identifier systems a MedDoc bundle uses.</summary>
public static class FhirSystems
{
    /// <summary>ICD-10-CM, the code system of every Condition.code.</summary>
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    /// <summary>LOINC: Observation.code, DiagnosticReport.code, DocumentReference.type.</summary>
    public const string Loinc = "http://loinc.org";

    /// <summary>UCUM: the units of every Quantity.</summary>
    public const string Ucum = "http://unitsofmeasure.org";

    /// <summary>HL7 v3 ObservationInterpretation (N, L, H, LL, HH, A).</summary>
    public const string ObservationInterpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    /// <summary>Observation.category (laboratory).</summary>
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>Condition.clinicalStatus (active).</summary>
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";

    /// <summary>Condition.verificationStatus (provisional, confirmed, refuted).</summary>
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    /// <summary>Condition.category (encounter-diagnosis, problem-list-item).</summary>
    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";

    /// <summary>HL7 v2 table 0074, diagnostic service sections: DiagnosticReport.category (LAB, RAD, PAT).</summary>
    public const string DiagnosticServiceSection = "http://terminology.hl7.org/CodeSystem/v2-0074";

    /// <summary>Identifier system of a stored MedDoc document's id (DocumentReference.identifier).</summary>
    public const string DocumentId = "urn:meddoc:document-id";

    /// <summary>Identifier system of the original's SHA-256 (lower-case hex): DocumentReference.masterIdentifier.</summary>
    public const string Sha256 = "urn:meddoc:sha256";
}
