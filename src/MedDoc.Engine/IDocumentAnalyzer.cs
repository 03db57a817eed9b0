namespace MedDoc.Engine;

/// <summary>Turns a document's text into an <see cref="AnalysisResult"/>. Implementations are thread-safe.</summary>
public interface IDocumentAnalyzer
{
    /// <summary>Analyses <paramref name="text"/>; empty or whitespace text gives <see cref="AnalysisResult.Empty"/>.</summary>
    AnalysisResult Analyze(string text);
}
