using MedDoc.Engine;

namespace MedDoc.Llm.Tests.Fakes;

/// <summary>An engine that answers every text with a fixed classification, findings and codes.</summary>
public sealed class FakeEngine(
    DocumentClassification? classification = null,
    Func<string, IReadOnlyList<Finding>>? findings = null,
    Func<string, IReadOnlyList<CodeSuggestion>>? codes = null) : IDocumentAnalyzer
{
    /// <summary>Texts analysed so far.</summary>
    public int Calls { get; private set; }

    /// <inheritdoc />
    public AnalysisResult Analyze(string text)
    {
        Calls++;
        if (string.IsNullOrWhiteSpace(text))
        {
            return AnalysisResult.Empty;
        }
        return new AnalysisResult(
            classification ?? new DocumentClassification(DocumentType.XRay, 0.9, "Fake engine."),
            [],
            [],
            findings?.Invoke(text) ?? [],
            codes?.Invoke(text) ?? [],
            new DocumentSummary("Engine summary.", []));
    }

    /// <summary>A finding of <paramref name="conceptId"/> at the first occurrence of <paramref name="term"/>.</summary>
    public static Finding FindingAt(string text, string term, string conceptId, Assertion assertion)
    {
        var start = text.IndexOf(term, StringComparison.Ordinal);
        return new Finding(conceptId, term, assertion, Span.Of(text, start, start + term.Length), "findings");
    }
}
