namespace MedDoc.Engine.Coding;

/// <summary>
/// A morphology of Rules/neoplasm_morphology.json: its words, the Table of Neoplasms column it selects and, as the
/// Alphabetic Index says for some morphologies, its own code ("renal cell carcinoma" → C64.-, side from the text) or the
/// code of its unspecified site ("glioblastoma" → C71.9 when no site is stated).
/// <paramref name="Epithelial"/> marks carcinomas, which do not arise in bone, nerve, peritoneum or soft tissue: such a site is
/// where the tumour spread (its secondary code), not its origin.
/// Example: { "id": "carcinoma", "behavior": "primary", "terms": ["carcinoma", "adenocarcinoma", …] }.
/// </summary>
public sealed record MorphologyRule(
    string Id,
    NeoplasmBehavior Behavior,
    IReadOnlyList<string> Terms,
    string? Code = null,
    string? UnspecifiedSite = null,
    bool Epithelial = false);
