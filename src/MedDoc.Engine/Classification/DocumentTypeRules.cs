namespace MedDoc.Engine.Classification;

/// <summary>
/// The shape of Rules/document_types.json. Sections are named by their category in Rules/sections.json (the one header
/// vocabulary): <paramref name="StudySections"/> name the study ("examination", "technique"),
/// <paramref name="ExcludedSections"/> name studies that are not this one (comparison, indication, plan, request),
/// <paramref name="RadiologySections"/> give a report radiology structure.
/// </summary>
internal sealed record DocumentTypeRules(
    IReadOnlyList<string> StudySections,
    IReadOnlyList<string> ExcludedSections,
    IReadOnlyList<string> ExcludingWords,
    int HeaderLineCount,
    IReadOnlyList<ModalityRule> Modalities,
    IReadOnlyList<DocumentKindRule> Kinds,
    IReadOnlyList<OcrCueRule> OcrCues,
    IReadOnlyList<ModalityContentRule> ModalityContent,
    IReadOnlyList<string> LetterMarkers,
    int LetterLineCount,
    IReadOnlyList<string> ExamTemplateSections,
    int ExamTemplateMinHeaders,
    IReadOnlyList<string> RadiologySections,
    IReadOnlyList<string> RadiographAnatomy,
    IReadOnlyList<PanelRule> Panels);
