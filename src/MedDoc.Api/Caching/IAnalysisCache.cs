using MedDoc.Engine;

namespace MedDoc.Api.Caching;

/// <summary>Where analyses are looked up before the engine runs: <see cref="HybridAnalysisCache"/> with Redis, else <see cref="NoAnalysisCache"/>.</summary>
public interface IAnalysisCache
{
    /// <summary>The cached analysis of <paramref name="text"/>, or the one <paramref name="analyze"/> makes (kept for next time when it may be).</summary>
    Task<CachedAnalysis> GetOrAnalyzeAsync(string text, Func<CancellationToken, Task<AnalysisResult>> analyze, CancellationToken cancellationToken);
}
