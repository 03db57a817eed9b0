namespace MedDoc.Engine.Sections;

/// <summary>
/// One section kind of Rules/sections.json. Example: { "category": "indication", "headers": ["indication",
/// "reason for exam"], "coded": false, "example": "INDICATION: r/o pneumonia → pneumonia is not coded",
/// "source": "..." }. <paramref name="Coded"/> false marks a reason for the study (not a finding);
/// <paramref name="DefaultAssertion"/> applies to findings with no trigger of their own
/// ("FAMILY HISTORY: diabetes" → family).
/// </summary>
public sealed record SectionRule(
    string Category,
    IReadOnlyList<string> Headers,
    string Example,
    string Source,
    bool Coded = true,
    Assertion? DefaultAssertion = null);
