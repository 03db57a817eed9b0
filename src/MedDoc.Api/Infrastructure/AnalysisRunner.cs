using System.Diagnostics;
using MedDoc.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Checks text against the limits, then runs the analysis service in a <see cref="HeavyWorkLimiter"/>
/// slot under <c>ANALYSIS_TIMEOUT_SECONDS</c> and records its duration.
/// </summary>
public sealed class AnalysisRunner(IAnalysisService analysis, HeavyWorkLimiter limiter, IOptions<UploadOptions> options, IOptions<WorkLimitOptions> workLimits)
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

    /// <summary>Analyses <paramref name="text"/>; <paramref name="operation"/> labels the duration metric.</summary>
    public async Task<(AnalysisResult Result, TimeSpan Duration)> AnalyzeAsync(string text, string operation, CancellationToken cancellationToken)
    {
        var (result, duration) = await limiter.RunAsync(async token =>
        {
            var started = Stopwatch.GetTimestamp();
            var result = await analysis.AnalyzeAsync(text, token);
            return (result, Stopwatch.GetElapsedTime(started));
        }, workLimits.Value.Timeout, cancellationToken);
        ApiMetrics.RecordAnalysis(operation, duration);
        return (result, duration);
    }
}
