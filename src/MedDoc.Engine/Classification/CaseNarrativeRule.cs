namespace MedDoc.Engine.Classification;

/// <summary>
/// A teaching case narrative ("CC: ... HX: ... EXAM: ... COURSE: ...") is filed under the cross-sectional study its
/// course reports first: "COURSE: MRI brain, 1/17/96, showed bilateral globus pallidus lesions" → MRI. It needs a line
/// labelled with one of <paramref name="HistoryLabels"/> and one labelled with one of <paramref name="CourseLabels"/>;
/// the study is the earliest of the <paramref name="Types"/>' modality patterns or of <paramref name="ExtraPatterns"/>
/// (case-sensitive, e.g. "HCT" for a head CT) in the course. <paramref name="Strength"/> is the raw strength before calibration.
/// </summary>
public sealed record CaseNarrativeRule(
    IReadOnlyList<string> HistoryLabels,
    IReadOnlyList<string> CourseLabels,
    IReadOnlyList<DocumentType> Types,
    IReadOnlyList<ModalityPattern> ExtraPatterns,
    double Strength,
    string Source);
