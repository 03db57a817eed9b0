namespace MedDoc.Engine.Assertions;

/// <summary>
/// One ConText trigger of Rules/assertions.json. Example: { "literal": "no", "category": "negated",
/// "direction": "forward", "example": "No pleural effusion.", "source": "NegEx" }. The scope runs from the
/// trigger in <paramref name="Direction"/> to the sentence end or a terminator, and at most
/// <paramref name="MaxScope"/> tokens when that is set ("[effusion] has resolved" reaches back 6 tokens).
/// <paramref name="DatesOnset"/> marks a historical trigger that says when a condition began, not that it ended
/// ("history of", "h/o"): a lasting condition it reaches is still current ("history of hypertension on lisinopril"),
/// while "in childhood" or "previous" leave even a lasting condition in the past.
/// <paramref name="NamesEarlierStudy"/> marks a pseudo-trigger that names an earlier study ("from previous examination"):
/// a historical scope does not cross it, so "nodule, unchanged from previous examination 7 years ago" stays present
/// ("7 years ago" dates the study).
/// <paramref name="KeepsExperiencer"/> marks a terminator that opens a relative clause about the person just named ("His
/// father, who had diabetes"): read forward, it ends every scope but the experiencer's, so the clause stays the relative's;
/// read backward it ends them all ("asthma, who lives with her mother" stays the patient's).
/// <paramref name="ForwardAtItemStart"/> marks a trigger that also reads forward where it opens a sentence or a list item
/// ("Negative headaches, negative syncope"; only forward where a word follows it, so "PMH: ulcer, ?stroke" queries the stroke, not
/// the ulcer), and only its own way elsewhere, where it qualifies the words before it
/// ("syphilis negative", "HER2-negative breast cancer").
/// <paramref name="OnlyAtItemStart"/> marks a trigger that applies only where it opens a sentence or a list item: a form's "(-)"
/// before an absent symptom ("Respiratory: (-) cough"), not a result glued to a test ("RC(-)").
/// <paramref name="YieldsToPositiveResult"/> marks a testing trigger that does not apply when the words right after it report a
/// positive result ("influenza PCR was positive" states influenza; "an influenza PCR was sent" does not).
/// <paramref name="NamesTreatment"/> marks a trigger whose next words name the treatment given ("treated with", "treatment
/// with"): a condition written there is not the patient's (a drug name mistranslated as a disease, "treated with amyloidosis",
/// or the disease a vaccine is against), while a long-term drug therapy (Z79) there is ("treatment with warfarin").
/// </summary>
public sealed record AssertionRule(
    string Literal,
    TriggerCategory Category,
    string Example,
    string Source,
    TriggerDirection Direction = TriggerDirection.Forward,
    int? MaxScope = null,
    bool DatesOnset = false,
    bool NamesEarlierStudy = false,
    bool KeepsExperiencer = false,
    bool ForwardAtItemStart = false,
    bool YieldsToPositiveResult = false,
    bool OnlyAtItemStart = false,
    bool NamesTreatment = false);
