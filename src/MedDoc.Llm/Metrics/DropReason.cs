namespace MedDoc.Llm.Metrics;

/// <summary>Why a code Claude suggested was not passed on; the metric label is the snake_case name.</summary>
public enum DropReason
{
    /// <summary>The item lacked a code or evidence list in the expected shape.</summary>
    Malformed,
    /// <summary>The code is not in the ICD-10-CM catalog (an invented code).</summary>
    NotInCatalog,
    /// <summary>The code is a category header, not a billable code.</summary>
    NotBillable,
    /// <summary>No evidence string was given.</summary>
    NoEvidence,
    /// <summary>An evidence string is not in the original text, even whitespace- and case-tolerantly.</summary>
    EvidenceNotFound,
    /// <summary>The engine reads the evidence as negated ("no pleural effusion").</summary>
    EngineNegated,
    /// <summary>The engine reads the evidence as possible ("cannot exclude pneumonia").</summary>
    EnginePossible,
    /// <summary>The engine reads the evidence as hypothetical ("rule out pneumonia").</summary>
    EngineHypothetical,
    /// <summary>The engine reads the evidence as history ("history of MI").</summary>
    EngineHistorical,
    /// <summary>The engine reads the evidence as about a relative ("mother with breast cancer").</summary>
    EngineFamily,
    /// <summary>
    /// Every evidence quote lies in a section that states no finding of this study (indication, comparison,
    /// technique, family history, allergies): "INDICATION: r/o pneumonia" is a reason for the exam, not a diagnosis.
    /// </summary>
    NotConfirmed,
    /// <summary>The same code was suggested twice, or the engine already suggested it.</summary>
    Duplicate,
    /// <summary>The evidence failed the final <see cref="MedDoc.Engine.EvidenceValidator"/> check.</summary>
    InvalidEvidence,
}
