namespace MedDoc.Engine.Sections;

/// <summary>
/// One section kind of Rules/sections.json. Example: { "category": "indication", "headers": ["indication",
/// "reason for exam"], "coded": false, "example": "INDICATION: r/o pneumonia → pneumonia is not coded",
/// "source": "..." }. <paramref name="Coded"/> false marks a reason for the study (not a finding);
/// <paramref name="DefaultAssertion"/> applies to findings with no trigger of their own
/// ("FAMILY HISTORY: diabetes" → family). <paramref name="ListsOperations"/> marks a history of operations ("PSH: inguinal
/// hernia repair"): a condition named there is what was operated on, still the patient's only when it lasts.
/// </summary>
public sealed record SectionRule(
    string Category,
    IReadOnlyList<string> Headers,
    string Example,
    string Source,
    bool Coded = true,
    Assertion? DefaultAssertion = null,
    bool ListsOperations = false);
