using MedDoc.Engine;

namespace MedDoc.Api.Caching;

/// <summary>An analysis and whether this call ran it (false: it came from the cache).</summary>
public sealed record CachedAnalysis(AnalysisResult Result, bool Analysed);
