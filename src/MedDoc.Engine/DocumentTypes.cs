namespace MedDoc.Engine;

/// <summary>Wire labels of <see cref="DocumentType"/>, exactly as the contract spells them.</summary>
public static class DocumentTypes
{
    private static readonly Dictionary<DocumentType, string> Labels = new()
    {
        [DocumentType.CompleteBloodCount] = "COMPLETE BLOOD COUNT",
        [DocumentType.BasicMetabolicPanel] = "BASIC METABOLIC PANEL",
        [DocumentType.ComprehensiveMetabolicPanel] = "COMPREHENSIVE METABOLIC PANEL",
        [DocumentType.LipidPanel] = "LIPID PANEL",
        [DocumentType.XRay] = "X-RAY",
        [DocumentType.Ct] = "CT",
        [DocumentType.Mri] = "MRI",
        [DocumentType.Ultrasound] = "ULTRASOUND",
        [DocumentType.DischargeSummary] = "DISCHARGE SUMMARY",
        [DocumentType.PathologyReport] = "PATHOLOGY REPORT",
        [DocumentType.ClinicalNote] = "CLINICAL NOTE",
        [DocumentType.Other] = "OTHER",
    };

    private static readonly Dictionary<string, DocumentType> ByLabel =
        Labels.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>All 12 labels in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<DocumentType>().Select(type => Labels[type]).ToArray();

    /// <summary>The wire label of <paramref name="type"/> ("X-RAY").</summary>
    public static string ToLabel(this DocumentType type) => Labels[type];

    /// <summary>Parses a wire label, ignoring case and surrounding white space.</summary>
    public static bool TryParse(string? label, out DocumentType type)
    {
        type = DocumentType.Other;
        return label is not null && ByLabel.TryGetValue(label.Trim(), out type);
    }
}
