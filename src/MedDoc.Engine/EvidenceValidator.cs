namespace MedDoc.Engine;

/// <summary>
/// The one gate every code passes before it reaches a client, whatever produced it (rules or LLM):
/// at least one evidence span, and every span cuts its own text out of the document exactly.
/// </summary>
public static class EvidenceValidator
{
    /// <summary>True when <paramref name="code"/> has evidence and every span is verbatim in <paramref name="text"/>.</summary>
    public static bool IsValid(CodeSuggestion code, string text) =>
        code.Evidence.Count > 0 && code.Evidence.All(span => span.Text.Length > 0 && span.IsExactIn(text));

    /// <summary>Keeps only the codes whose evidence is valid in <paramref name="text"/>.</summary>
    public static IReadOnlyList<CodeSuggestion> KeepValid(IReadOnlyList<CodeSuggestion> codes, string text) =>
        codes.Where(code => IsValid(code, text)).ToArray();
}
