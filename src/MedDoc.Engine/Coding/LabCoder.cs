namespace MedDoc.Engine.Coding;

/// <summary>
/// Abnormal lab values → lab_value code suggestions (CODING.md lab table), unless a documented code
/// for the same abnormality supersedes them. Example: "Hemoglobin 9.2 g/dL (L)" → D64.9.
/// </summary>
public sealed class LabCoder(IcdCatalog catalog)
{
    /// <summary>Lab-value suggestions for <paramref name="labs"/>, given the codes the text documents.</summary>
    public IReadOnlyList<CodeSuggestion> Code(IReadOnlyList<LabResult> labs, IReadOnlySet<string> documentedCodes)
    {
        _ = (catalog, labs, documentedCodes);
        return [];
    }
}
