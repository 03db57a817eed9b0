namespace MedDoc.Fhir.Tests.Support;

/// <summary>Made-up reports of the four kinds the issue names (no real patient text).</summary>
internal static class SyntheticReports
{
    public const string Lab = """
        COMPLETE BLOOD COUNT
        WBC 12.4 K/uL (4.5-11.0) H
        RBC 3.9 M/uL (4.2-5.9)
        Hemoglobin 9.2 g/dL (13.5-17.5) L
        Hematocrit 28.1 % (38.8-50.0) L
        Platelets 250 K/uL (150-400)
        Neutrophils 71 %
        """;

    public const string Imaging = """
        EXAMINATION: PA and lateral views of the chest.
        INDICATION: Cough.
        FINDINGS: The heart is enlarged. Small left pleural effusion. No pneumothorax.
        IMPRESSION: Cardiomegaly. Small left pleural effusion. No pneumothorax.
        """;

    public const string Discharge = """
        DISCHARGE SUMMARY
        Admission date: 01/02/2026. Discharge date: 01/06/2026.
        HOSPITAL COURSE: Admitted with community acquired pneumonia, treated with antibiotics. Sodium 129 mmol/L (135-145) L on admission.
        PAST MEDICAL HISTORY: Type 2 diabetes. Hypertension.
        DISCHARGE DIAGNOSES: Pneumonia. Hyponatremia. No pulmonary embolism.
        DISCHARGE MEDICATIONS: Amoxicillin.
        """;

    public const string Pathology = """
        SURGICAL PATHOLOGY REPORT
        SPECIMEN: Colon, sigmoid, biopsy.
        GROSS DESCRIPTION: Three tan fragments measuring 0.3 cm in aggregate.
        MICROSCOPIC DESCRIPTION: Sections show invasive adenocarcinoma.
        FINAL DIAGNOSIS: Sigmoid colon, biopsy: invasive adenocarcinoma. Negative for lymphovascular invasion.
        """;

    public static TheoryData<string, string> All => new()
    {
        { "lab", Lab },
        { "imaging", Imaging },
        { "discharge", Discharge },
        { "pathology", Pathology },
    };
}
