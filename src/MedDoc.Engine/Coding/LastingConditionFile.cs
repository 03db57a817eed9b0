namespace MedDoc.Engine.Coding;

/// <summary>
/// The shape of Rules/lasting_conditions.json: the code ranges ("E08-E13", "G47.3") and title words ("chronic") of
/// conditions that last once diagnosed (<see cref="LastingConditions"/>), and the phrases that state a malignancy is still
/// treated ("maintaining", "under treatment"), and those that state the report begins a drug therapy ("was started").
/// </summary>
public sealed record LastingConditionFile(
    string Source, string Example, IReadOnlyList<string> TitleWords, IReadOnlyList<string> Ranges, IReadOnlyList<string>? TreatmentPhrases = null,
    IReadOnlyList<string>? BegunPhrases = null, IReadOnlyList<string>? RecurrenceWords = null);
