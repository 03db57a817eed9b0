namespace MedDoc.Engine.Coding;

/// <summary>
/// The rule file Rules/sex_specific_codes.json: the nouns that name the patient's sex after the stated age, and the code
/// ranges the classification reserves for one sex. Example: "a 52-year-old man" → male; Z90.710 is female only.
/// </summary>
public sealed record SexSpecificCodeFile(
    string Source, string Example, IReadOnlyList<string> FemaleWords, IReadOnlyList<string> MaleWords,
    IReadOnlyList<string> FemaleOnly, IReadOnlyList<string> MaleOnly);
