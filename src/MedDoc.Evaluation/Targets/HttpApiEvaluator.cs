using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using MedDoc.Evaluation.Datasets;

namespace MedDoc.Evaluation.Targets;

/// <summary>
/// Scores a live API through the prototype-compatible endpoints: <c>POST {apiBase}/classify</c> and
/// <c>POST {apiBase}/extract-codes</c>, e.g. with apiBase <c>http://127.0.0.1:8000/api</c>. A non-200
/// answer, a timeout or invalid JSON fails that document; a connection that cannot be made at all
/// throws <see cref="EvaluationInputException"/> naming the URL. An API that asks the caller to slow down
/// (429 rate limit, or 503 with Retry-After when its analysis queue is full) is waited for as long as its
/// Retry-After says (at most <see cref="LongestWait"/>) and asked again, up to <see cref="MaxBusyRetries"/>
/// times, so scoring a large dataset against a rate-limited API is throttled rather than failed.
/// </summary>
public sealed class HttpApiEvaluator : IDocumentEvaluator
{
    /// <summary>How often one call is repeated after a 429 or a 503 with Retry-After before it counts as failed.</summary>
    public const int MaxBusyRetries = 20;

    /// <summary>The longest wait honoured from one Retry-After.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(60);

    private readonly HttpClient _client;
    private readonly Uri _classifyUri;
    private readonly Uri _extractUri;
    private readonly bool _sendExpectedType;

    /// <param name="client">The client to use; its Timeout bounds each call.</param>
    /// <param name="apiBase">Base URL including the <c>/api</c> prefix.</param>
    /// <param name="sendExpectedType">Send <c>document_type</c> = the expected type to extract-codes, as the prototype's runner did.</param>
    public HttpApiEvaluator(HttpClient client, Uri apiBase, bool sendExpectedType = false)
    {
        _client = client;
        var root = apiBase.AbsoluteUri.EndsWith('/') ? apiBase : new Uri(apiBase.AbsoluteUri + "/");
        _classifyUri = new Uri(root, "classify");
        _extractUri = new Uri(root, "extract-codes");
        _sendExpectedType = sendExpectedType;
        Target = apiBase.AbsoluteUri;
    }

    /// <inheritdoc />
    public string Target { get; }

    /// <inheritdoc />
    public async Task<DocumentPrediction> PredictAsync(EvalDocument document, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = new List<string>();
        var classify = await PostAsync(_classifyUri, new Dictionary<string, string> { ["document_text"] = document.DocumentText }, cancellationToken);
        string? type = null;
        if (classify.Error is not null)
        {
            errors.Add($"classify: {classify.Error}");
        }
        else if (classify.Body.TryGetProperty("document_type", out var typeValue) && typeValue.ValueKind == JsonValueKind.String)
        {
            type = typeValue.GetString();
        }
        else
        {
            errors.Add("classify: answer has no string document_type");
        }

        var extractBody = new Dictionary<string, string> { ["document_text"] = document.DocumentText };
        if (_sendExpectedType)
        {
            extractBody["document_type"] = document.ExpectedType;
        }
        var extract = await PostAsync(_extractUri, extractBody, cancellationToken);
        IReadOnlyList<PredictedCode> codes = [];
        if (extract.Error is not null)
        {
            errors.Add($"extract-codes: {extract.Error}");
        }
        else
        {
            try
            {
                codes = ReadCodes(extract.Body);
            }
            catch (Exception ex) when (ex is InvalidOperationException or JsonException or FormatException or KeyNotFoundException)
            {
                errors.Add("extract-codes: answer does not match the contract's codes shape");
            }
        }
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        return new DocumentPrediction(type, codes, elapsed, errors.Count == 0 ? null : string.Join("; ", errors));
    }

    private async Task<(JsonElement Body, string? Error)> PostAsync(Uri uri, Dictionary<string, string> body, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await PostUntilNotBusyAsync(uri, body, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (default, $"HTTP {(int)response.StatusCode}");
            }
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            try
            {
                using var json = JsonDocument.Parse(bytes);
                return (json.RootElement.Clone(), null);
            }
            catch (JsonException)
            {
                return (default, "invalid JSON");
            }
        }
        catch (HttpRequestException ex) when (ex.StatusCode is null && IsConnectionFailure(ex))
        {
            throw new EvaluationInputException($"API unreachable at {uri.AbsoluteUri}: {ex.Message}", ex);
        }
        catch (HttpRequestException ex)
        {
            return (default, $"request failed ({ex.HttpRequestError})");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (default, "timeout");
        }
    }

    private async Task<HttpResponseMessage> PostUntilNotBusyAsync(Uri uri, Dictionary<string, string> body, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await _client.PostAsJsonAsync(uri, body, cancellationToken);
            if (attempt >= MaxBusyRetries || WaitAsked(response) is not { } wait)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <summary>How long the API asked us to wait: on 429 (Retry-After or one second), on 503 only with Retry-After; else null.</summary>
    private static TimeSpan? WaitAsked(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;
        TimeSpan? wait = response.StatusCode switch
        {
            System.Net.HttpStatusCode.TooManyRequests => retryAfter ?? TimeSpan.FromSeconds(1),
            System.Net.HttpStatusCode.ServiceUnavailable => retryAfter,
            _ => null,
        };
        return wait is null ? null : TimeSpan.FromTicks(Math.Clamp(wait.Value.Ticks, TimeSpan.FromMilliseconds(100).Ticks, LongestWait.Ticks));
    }

    private static bool IsConnectionFailure(HttpRequestException ex) =>
        ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError
        || ex.InnerException is SocketException;

    private static PredictedCode[] ReadCodes(JsonElement body)
    {
        var codes = new List<PredictedCode>();
        foreach (var item in body.GetProperty("codes").EnumerateArray())
        {
            var code = item.GetProperty("code").GetString() ?? throw new FormatException("code is null");
            var evidence = item.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray()
                : [];
            var spans = item.TryGetProperty("evidence_spans", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Select(x => new PredictedSpan(
                    x.GetProperty("start").GetInt32(), x.GetProperty("end").GetInt32(), x.GetProperty("text").GetString() ?? string.Empty)).ToArray()
                : [];
            codes.Add(new PredictedCode(code, evidence, spans));
        }
        return [.. codes];
    }
}
