namespace MedDoc.Engine.Summaries;

/// <summary>
/// Rules/summary.json: which sections feed the summary ("IMPRESSION: Cardiomegaly." → "Cardiomegaly.") and its limits.
/// </summary>
public sealed record SummaryRules(
    IReadOnlyList<string> SectionCategories,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> FindingsCategories,
    IReadOnlyList<string> FindingsLabels,
    int MaxSentences,
    int MaxCharacters,
    int MaxLabMentions,
    string Source);
