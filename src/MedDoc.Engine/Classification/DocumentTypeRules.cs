namespace MedDoc.Engine.Classification;

/// <summary>The shape of Rules/document_types.json.</summary>
internal sealed record DocumentTypeRules(
    IReadOnlyList<string> StudyLabels,
    IReadOnlyList<string> ExcludedLabels,
    IReadOnlyList<string> ExcludingWords,
    int HeaderLineCount,
    IReadOnlyList<ModalityRule> Modalities,
    IReadOnlyList<DocumentKindRule> Kinds,
    IReadOnlyList<OcrCueRule> OcrCues,
    IReadOnlyList<ModalityContentRule> ModalityContent,
    IReadOnlyList<string> LetterMarkers,
    int LetterLineCount,
    IReadOnlyList<string> ExamTemplateHeaders,
    int ExamTemplateMinHeaders,
    IReadOnlyList<string> RadiologyStructure,
    IReadOnlyList<string> RadiographAnatomy,
    IReadOnlyList<PanelRule> Panels);
