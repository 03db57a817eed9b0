namespace MedDoc.Engine.Coding;

/// <summary>
/// An overlapping-lesion code of ICD-10-CM and the categories whose contiguous sites it covers: a primary tumour that the
/// report places at two or more of them, with no site named as its origin, takes this code (the code's own inclusion term
/// says so). <paramref name="Source"/> quotes that inclusion term.
/// Example: { "code": "C57.8", "categories": ["C56", "C57"], "source": "C57.8: Primary tubo-ovarian malignant neoplasm whose point of origin cannot be determined" }.
/// </summary>
public sealed record OverlappingSiteRule(string Code, IReadOnlyList<string> Categories, string Source);
