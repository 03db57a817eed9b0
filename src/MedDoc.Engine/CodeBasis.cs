namespace MedDoc.Engine;

/// <summary>Why a code is suggested. Wire names: documented, lab_value.</summary>
public enum CodeBasis
{
    /// <summary>The text states the condition ("Cardiomegaly.").</summary>
    Documented,
    /// <summary>Inferred from an abnormal result ("Hemoglobin 9.2 g/dL (L)"); needs clinician confirmation.</summary>
    LabValue,
}
