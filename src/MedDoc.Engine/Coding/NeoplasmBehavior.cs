namespace MedDoc.Engine.Coding;

/// <summary>The six columns of the Table of Neoplasms: "adenocarcinoma" → Primary, "metastatic to liver" → Secondary, "adenoma" → Benign.</summary>
public enum NeoplasmBehavior
{
    /// <summary>Malignant, primary site (C00–C76, C80).</summary>
    Primary,

    /// <summary>Malignant, secondary site (C77–C79).</summary>
    Secondary,

    /// <summary>Carcinoma in situ (D00–D09).</summary>
    InSitu,

    /// <summary>Benign (D10–D36).</summary>
    Benign,

    /// <summary>Uncertain behaviour (D37–D48).</summary>
    Uncertain,

    /// <summary>Unspecified behaviour (D49).</summary>
    Unspecified,
}
