using MedDoc.Api.Infrastructure;
using MedDoc.Engine;
using MedDoc.Llm;
using Microsoft.Extensions.Caching.Hybrid;

namespace MedDoc.Api.Caching;

/// <summary>
/// Analyses shared by every replica: HybridCache keeps each result briefly in the process and for a day in Redis,
/// under <see cref="AnalysisCacheKeys"/> (never the text). Concurrent requests for one text run it once. A
/// fallback answer (Claude failed, the engine stood in) is returned but not kept, so the next request asks Claude again.
/// Hits and misses are counted in <c>meddoc.analysis.cache</c>.
/// </summary>
public sealed class HybridAnalysisCache(HybridCache cache, AnalysisCacheKeys keys) : IAnalysisCache
{
    public static readonly TimeSpan SharedFor = TimeSpan.FromDays(1);
    public static readonly TimeSpan KeptLocallyFor = TimeSpan.FromMinutes(5);

    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = SharedFor, LocalCacheExpiration = KeptLocallyFor };

    public async Task<CachedAnalysis> GetOrAnalyzeAsync(string text, Func<CancellationToken, Task<AnalysisResult>> analyze, CancellationToken cancellationToken)
    {
        var analysed = false;
        AnalysisResult result;
        try
        {
            result = await cache.GetOrCreateAsync(keys.For(text), async token =>
            {
                analysed = true;
                var result = await analyze(token);
                // HybridCache keeps whatever its factory returns and nothing it throws.
                return HybridAnalyzer.IsFallback(result) ? throw new NotKept(result) : result;
            }, Entry, cancellationToken: cancellationToken);
        }
        catch (NotKept notKept)
        {
            result = notKept.Result;
        }
        ApiMetrics.CountAnalysisCache(hit: !analysed);
        return new CachedAnalysis(result, analysed);
    }

    /// <summary>Carries an answer that is returned but not cached out of HybridCache's factory.</summary>
    private sealed class NotKept(AnalysisResult result) : Exception("An analysis that is not cached.")
    {
        public AnalysisResult Result { get; } = result;
    }
}
