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
/// throws <see cref="EvaluationInputException"/> naming the URL.
/// </summary>
public sealed class HttpApiEvaluator : IDocumentEvaluator
{
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
            using var response = await _client.PostAsJsonAsync(uri, body, cancellationToken);
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
