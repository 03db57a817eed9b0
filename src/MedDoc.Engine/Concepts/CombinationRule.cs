namespace MedDoc.Engine.Concepts;

/// <summary>
/// A code that ICD-10-CM assigns when several concepts are present together (Rules/combinations.json).
/// Example: { "id": "t2dm_with_ckd", "all_of": ["type_2_diabetes", "chronic_kidney_disease"],
///   "code": "E11.22", "replaces": ["E11.9"], "example": "Type 2 diabetes. CKD stage 3a. → E11.22 + N18.31",
///   "source": "ICD-10-CM guideline I.A.15 'with'" }. Evidence is the spans of all matched concepts.
/// </summary>
public sealed record CombinationRule(
    string Id,
    IReadOnlyList<string> AllOf,
    string Code,
    IReadOnlyList<string> Replaces,
    string Example,
    string Source);
