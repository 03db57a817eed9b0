using MedDoc.Engine;

namespace MedDoc.Api.Caching;

/// <summary>
/// Without <c>REDIS_URL</c>: every analysis runs. The engine answers in about a millisecond and Claude's answers
/// have their own in-process cache (<c>LLM_CACHE_SIZE</c>), so a local cache would mostly hold text in memory.
/// </summary>
public sealed class NoAnalysisCache : IAnalysisCache
{
    public async Task<CachedAnalysis> GetOrAnalyzeAsync(string text, Func<CancellationToken, Task<AnalysisResult>> analyze, CancellationToken cancellationToken) =>
        new(await analyze(cancellationToken), Analysed: true);
}
