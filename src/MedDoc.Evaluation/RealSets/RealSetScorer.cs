using MedDoc.Engine;
using MedDoc.Engine.Coding;

namespace MedDoc.Evaluation.RealSets;

/// <summary>
/// Scores an analyser on a real set with the rules of ../shared/data/real/README.md: type accuracy of
/// <c>classification.document_type</c>, TCGA primary-site recall and wrong site, CodiEsp micro P/R/F1 (exact, by
/// category, outside chapter R, and exact against the expected codes the embedded FY2026 code set bills). Documents are analysed in parallel; the scores do not depend on the order.
/// </summary>
public static class RealSetScorer
{
    /// <summary>Analyses every document of <paramref name="set"/> with <paramref name="analyzer"/>, <paramref name="concurrency"/> at once, and scores them.</summary>
    public static RealSetReport Score(RealSet set, IDocumentAnalyzer analyzer, int concurrency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(analyzer);
        var results = new AnalysisResult[set.Documents.Count];
        Parallel.For(
            0,
            results.Length,
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            i => results[i] = analyzer.Analyze(set.Documents[i].Text));
        return Score(set, results);
    }

    /// <summary>The scores of <paramref name="results"/>, one per document of <paramref name="set"/> in its order.</summary>
    public static RealSetReport Score(RealSet set, IReadOnlyList<AnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count != set.Documents.Count)
        {
            throw new ArgumentException($"{results.Count} results for {set.Documents.Count} documents.", nameof(results));
        }
        var pairs = set.Documents.Zip(results).ToArray();
        var typed = pairs.Where(pair => pair.First.ExpectedType is not null).ToArray();
        var typeAccuracy = typed.Length == 0
            ? (double?)null
            : (double)typed.Count(pair => pair.Second.Classification.Type.ToLabel() == pair.First.ExpectedType) / typed.Length;
        var sited = pairs.Where(pair => pair.First.SiteCategories is not null).ToArray();
        var sites = sited.Length == 0 ? null : SiteScore.Of(sited.Select(pair => (pair.First.SiteCategories!, Codes(pair.Second))));
        var coded = pairs.Where(pair => pair.First.ExpectedCodes is not null).ToArray();
        var codes = coded.Length == 0 ? null : CodeSetScore.Of(coded.Select(pair => (pair.First.ExpectedCodes!, Codes(pair.Second))), IcdCatalog.Embedded.IsBillable);
        return new RealSetReport(set.Name, set.Documents.Count, typeAccuracy, sites, codes);
    }

    private static IEnumerable<string> Codes(AnalysisResult result) => result.Codes.Select(code => code.Code);
}
