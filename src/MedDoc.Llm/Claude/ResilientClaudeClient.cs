using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using MedDoc.Llm.Configuration;
using MedDoc.Llm.Metrics;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace MedDoc.Llm.Claude;

/// <summary>
/// Wraps a <see cref="IClaudeClient"/> with what a production call needs: an answer cache keyed by
/// (model, prompt version, text hash), a time budget per call (LLM_TIMEOUT_SECONDS, retries included),
/// retries with exponential backoff and jitter on 429/529/5xx/timeouts honouring retry-after, a circuit
/// breaker that stops calling a failing Claude, a concurrency limit (LLM_MAX_CONCURRENCY requests in
/// flight) and metrics. Every failure surfaces as one <see cref="LlmCallException"/>.
/// </summary>
public sealed class ResilientClaudeClient : IClaudeClient, IDisposable
{
    private readonly IClaudeClient _inner;
    private readonly LlmOptions _options;
    private readonly ILlmMetrics _metrics;
    private readonly SemaphoreSlim _concurrency;
    private readonly AnswerCache _cache;
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Wraps <paramref name="inner"/> with the policies of <paramref name="options"/>.</summary>
    public ResilientClaudeClient(IClaudeClient inner, LlmOptions options, ILlmMetrics metrics)
    {
        _inner = inner;
        _options = options;
        _metrics = metrics;
        _concurrency = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        _cache = new AnswerCache(options.CacheSize);
        _pipeline = BuildPipeline(options);
    }

    /// <summary>Answers currently cached.</summary>
    internal int CachedAnswers => _cache.Count;

    /// <inheritdoc />
    public async Task<ClaudeToolAnswer> CallToolAsync(ClaudeToolRequest request, CancellationToken cancellationToken)
    {
        var promptName = request.Prompt.Name;
        var key = CacheKey(request);
        if (_cache.TryGet(key, out var cached))
        {
            _metrics.CacheHit(promptName);
            return cached;
        }
        var clock = Stopwatch.StartNew();
        try
        {
            var answer = await _pipeline.ExecuteAsync(
                async token => await AttemptAsync(request, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            _metrics.CallSucceeded(promptName, clock.Elapsed, answer.InputTokens, answer.OutputTokens);
            _cache.Set(key, answer);
            return answer;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = error switch
            {
                LlmCallException known => known,
                BrokenCircuitException => new LlmCallException(LlmFailureKind.CircuitOpen, "Claude's circuit is open after repeated failures.", null, error),
                TimeoutRejectedException => new LlmCallException(LlmFailureKind.Timeout, $"Claude did not answer within {_options.Timeout.TotalSeconds:0.##} s.", null, error),
                OperationCanceledException => new LlmCallException(LlmFailureKind.Timeout, "The call to Claude was cancelled by its time limit.", null, error),
                _ => new LlmCallException(LlmFailureKind.Unexpected, $"Calling Claude failed ({error.GetType().Name}).", null, error),
            };
            if (failure.Kind is LlmFailureKind.CircuitOpen)
            {
                _metrics.AttemptFailed(promptName, failure.Kind);
            }
            _metrics.CallFailed(promptName, failure.Kind, clock.Elapsed);
            throw failure;
        }
    }

    /// <summary>One attempt: waits for a concurrency slot, then calls the inner client.</summary>
    private async ValueTask<ClaudeToolAnswer> AttemptAsync(ClaudeToolRequest request, CancellationToken cancellationToken)
    {
        await _concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _inner.CallToolAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (LlmCallException error)
        {
            _metrics.AttemptFailed(request.Prompt.Name, error.Kind);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _metrics.AttemptFailed(request.Prompt.Name, LlmFailureKind.Timeout);
            throw;
        }
        finally
        {
            _concurrency.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        (_inner as IDisposable)?.Dispose();
        _concurrency.Dispose();
    }

    private string CacheKey(ClaudeToolRequest request)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.RenderedPrompt)));
        return $"{_options.Model}\n{request.Prompt.Id}\n{hash}";
    }

    private static ResiliencePipeline BuildPipeline(LlmOptions options)
    {
        var builder = new ResiliencePipelineBuilder().AddTimeout(options.Timeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<LlmCallException>(error =>
                    error.Kind.IsTransient() && (error.RetryAfter is null || error.RetryAfter <= options.MaxRetryAfter)),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                DelayGenerator = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is LlmCallException { RetryAfter: { } retryAfter } ? retryAfter : (TimeSpan?)null),
            });
        }
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<LlmCallException>(error =>
                    error.Kind.IsTransient() || error.Kind == LlmFailureKind.ClientError),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .Build();
    }
}
