namespace MedDoc.Engine;

/// <summary>The 12 document labels of CODING.md. Use <see cref="DocumentTypes"/> for their wire labels.</summary>
public enum DocumentType
{
    /// <summary>"COMPLETE BLOOD COUNT"</summary>
    CompleteBloodCount,
    /// <summary>"BASIC METABOLIC PANEL"</summary>
    BasicMetabolicPanel,
    /// <summary>"COMPREHENSIVE METABOLIC PANEL"</summary>
    ComprehensiveMetabolicPanel,
    /// <summary>"LIPID PANEL"</summary>
    LipidPanel,
    /// <summary>"X-RAY"</summary>
    XRay,
    /// <summary>"CT"</summary>
    Ct,
    /// <summary>"MRI"</summary>
    Mri,
    /// <summary>"ULTRASOUND"</summary>
    Ultrasound,
    /// <summary>"DISCHARGE SUMMARY"</summary>
    DischargeSummary,
    /// <summary>"PATHOLOGY REPORT"</summary>
    PathologyReport,
    /// <summary>"CLINICAL NOTE"</summary>
    ClinicalNote,
    /// <summary>"OTHER"</summary>
    Other,
}
