namespace MedDoc.Engine;

/// <summary>Values of <see cref="AnalysisResult.Source"/> and of the contract's <c>source</c> field.</summary>
public static class AnalysisSources
{
    /// <summary>The offline rule engine answered.</summary>
    public const string Rules = "rules";

    /// <summary>Claude answered (validated against the catalog and the text).</summary>
    public const string Llm = "llm";
}
