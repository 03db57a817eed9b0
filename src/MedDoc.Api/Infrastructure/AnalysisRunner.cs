using System.Diagnostics;
using MedDoc.Api.Caching;
using MedDoc.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Checks text against the limits, then answers from the analysis cache (<see cref="IAnalysisCache"/>, Redis when
/// <c>REDIS_URL</c> is set) or runs the analysis service in a <see cref="HeavyWorkLimiter"/> slot under
/// <c>ANALYSIS_TIMEOUT_SECONDS</c> and records its duration. Every analysis of the API (the text endpoints,
/// uploads, batch documents) comes through here.
/// </summary>
public sealed class AnalysisRunner(
    IAnalysisService analysis, IAnalysisCache cache, HeavyWorkLimiter limiter, IOptions<UploadOptions> options, IOptions<WorkLimitOptions> workLimits)
{
    /// <summary>The problem with <paramref name="text"/> (empty, too long), or null when it can be analysed.</summary>
    public ProblemHttpResult? Validate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ApiProblems.EmptyText();
        }
        var limit = options.Value.MaxTextChars;
        return text.Length > limit ? ApiProblems.TextTooLong(text.Length, limit) : null;
    }

    /// <summary>
    /// Analyses <paramref name="text"/> (or finds its cached analysis); <paramref name="operation"/> labels the
    /// duration metric, which counts analyses that ran. The duration is the analysis's, or the cache lookup's on a hit.
    /// </summary>
    public async Task<(AnalysisResult Result, TimeSpan Duration)> AnalyzeAsync(string text, string operation, CancellationToken cancellationToken)
    {
        var lookupStarted = Stopwatch.GetTimestamp();
        TimeSpan? ran = null;
        var (result, analysed) = await cache.GetOrAnalyzeAsync(text, token => limiter.RunAsync(async work =>
        {
            var started = Stopwatch.GetTimestamp();
            var result = await analysis.AnalyzeAsync(text, work);
            ran = Stopwatch.GetElapsedTime(started);
            return result;
        }, workLimits.Value.Timeout, token), cancellationToken);
        if (analysed && ran is { } duration)
        {
            ApiMetrics.RecordAnalysis(operation, duration);
            return (result, duration);
        }
        return (result, Stopwatch.GetElapsedTime(lookupStarted));
    }
}
