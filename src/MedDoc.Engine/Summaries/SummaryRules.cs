namespace MedDoc.Engine.Summaries;

/// <summary>
/// Rules/summary.json: which sections feed the summary ("IMPRESSION: Cardiomegaly." → "Cardiomegaly.") and its limits.
/// Sections are named by their category in Rules/sections.json, the one header vocabulary.
/// </summary>
public sealed record SummaryRules(
    IReadOnlyList<string> SectionCategories,
    IReadOnlyList<string> FindingsCategories,
    int MaxSentences,
    int MaxCharacters,
    int MaxLabMentions,
    string Source);
