namespace MedDoc.Engine.Coding;

/// <summary>
/// A morphology of Rules/neoplasm_morphology.json: its words, the Table of Neoplasms column it selects and, as the
/// Alphabetic Index says for some morphologies, its own code ("renal cell carcinoma" → C64.-, side from the text) or the
/// code of its unspecified site ("glioblastoma" → C71.9 when no site is stated).
/// <paramref name="Epithelial"/> marks carcinomas, which do not arise in bone, nerve, peritoneum or soft tissue: such a site is
/// where the tumour spread (its secondary code), not its origin. <paramref name="PrimaryCategories"/>, when set, are the only
/// categories the morphology arises in (a urothelial carcinoma, by its name of the urinary tract's lining, has spread to the
/// prostate or the appendix where it is found there; a transitional cell carcinoma can arise in the ovary): at any other site it is that site's secondary.
/// <paramref name="OrganParts"/> maps an organ, named with its part unspecified, to the one part of it whose lining the
/// morphology arises from: the uterine corpus is lined by glandular endometrium and the ectocervix by squamous
/// epithelium, so a squamous cell carcinoma of the uterus is a cervical carcinoma (one of the endometrium is diagnosed
/// only when the cervix is free of it).
/// Example: { "id": "carcinoma", "behavior": "primary", "terms": ["carcinoma", "adenocarcinoma", …] }.
/// </summary>
public sealed record MorphologyRule(
    string Id,
    NeoplasmBehavior Behavior,
    IReadOnlyList<string> Terms,
    string? Code = null,
    string? UnspecifiedSite = null,
    bool Epithelial = false,
    IReadOnlyList<string>? PrimaryCategories = null,
    IReadOnlyDictionary<string, string>? OrganParts = null);
