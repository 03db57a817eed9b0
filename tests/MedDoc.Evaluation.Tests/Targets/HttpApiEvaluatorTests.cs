using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MedDoc.Evaluation.Targets;
using MedDoc.Evaluation.Tests.Fakes;

namespace MedDoc.Evaluation.Tests.Targets;

public sealed class HttpApiEvaluatorTests
{
    private const string CodesJson = """
        {"codes": [{"code": "I51.7", "description": "Cardiomegaly", "evidence": ["Cardiomegaly"],
          "evidence_spans": [{"start": 39, "end": 51, "text": "Cardiomegaly"}], "confidence": 0.9, "basis": "documented", "assertion": "present"}]}
        """;

    private sealed class FakeHandler(Func<HttpRequestMessage, string, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<(string Path, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            lock (Requests)
            {
                Requests.Add((request.RequestUri!.AbsolutePath, body));
            }
            return respond(request, body);
        }
    }

    private static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Contract(HttpRequestMessage request, string body) =>
        request.RequestUri!.AbsolutePath.EndsWith("/classify", StringComparison.Ordinal)
            ? Json("""{"document_type": "X-RAY", "confidence": 0.9, "rationale": "r", "source": "rules"}""")
            : Json(CodesJson);

    [Fact]
    public async Task ContractAnswersArePredictions()
    {
        var handler = new FakeHandler(Contract);
        var evaluator = new HttpApiEvaluator(new HttpClient(handler), new Uri("http://api.test/api"));
        var prediction = await evaluator.PredictAsync(Docs.Doc("1", "X-RAY", ["I51.7"]), CancellationToken.None);
        Assert.Null(prediction.Error);
        Assert.Equal("X-RAY", prediction.DocumentType);
        var code = Assert.Single(prediction.Codes);
        Assert.Equal(new PredictedSpan(39, 51, "Cardiomegaly"), Assert.Single(code.EvidenceSpans));
        Assert.Equal(["/api/classify", "/api/extract-codes"], handler.Requests.Select(r => r.Path).Order());
    }

    [Fact]
    public async Task DocumentTypeIsSentOnlyInPrototypeMode()
    {
        var plain = new FakeHandler(Contract);
        await new HttpApiEvaluator(new HttpClient(plain), new Uri("http://api.test/api/")).PredictAsync(Docs.Doc("1", "CT", []), CancellationToken.None);
        Assert.DoesNotContain("document_type", plain.Requests.Single(r => r.Path.EndsWith("extract-codes", StringComparison.Ordinal)).Body);

        var prototype = new FakeHandler(Contract);
        await new HttpApiEvaluator(new HttpClient(prototype), new Uri("http://api.test/api"), sendExpectedType: true).PredictAsync(Docs.Doc("1", "CT", []), CancellationToken.None);
        using var body = JsonDocument.Parse(prototype.Requests.Single(r => r.Path.EndsWith("extract-codes", StringComparison.Ordinal)).Body);
        Assert.Equal("CT", body.RootElement.GetProperty("document_type").GetString());
    }

    [Fact]
    public async Task ARateLimitedCallIsRepeatedAfterRetryAfter()
    {
        var refusals = 0;
        var handler = new FakeHandler((request, body) =>
        {
            if (request.RequestUri!.AbsolutePath.EndsWith("/classify", StringComparison.Ordinal) && Interlocked.Increment(ref refusals) <= 2)
            {
                var busy = Json("""{"title": "Too many requests"}""", HttpStatusCode.TooManyRequests);
                busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return busy;
            }
            return Contract(request, body);
        });

        var prediction = await new HttpApiEvaluator(new HttpClient(handler), new Uri("http://api.test/api")).PredictAsync(Docs.Doc("1", "X-RAY", []), CancellationToken.None);

        Assert.Null(prediction.Error);
        Assert.Equal("X-RAY", prediction.DocumentType);
        Assert.Equal(3, handler.Requests.Count(r => r.Path == "/api/classify"));
    }

    [Fact]
    public async Task A503WithoutRetryAfterIsNotRepeated()
    {
        var handler = new FakeHandler((request, body) => request.RequestUri!.AbsolutePath.EndsWith("/classify", StringComparison.Ordinal)
            ? Json("""{"title": "down"}""", HttpStatusCode.ServiceUnavailable)
            : Contract(request, body));

        var prediction = await new HttpApiEvaluator(new HttpClient(handler), new Uri("http://api.test/api")).PredictAsync(Docs.Doc("1", "X-RAY", []), CancellationToken.None);

        Assert.Equal("classify: HTTP 503", prediction.Error);
        Assert.Single(handler.Requests, r => r.Path == "/api/classify");
    }

    [Fact]
    public async Task Non200AnswerIsADocumentError()
    {
        var handler = new FakeHandler((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/classify", StringComparison.Ordinal)
            ? Json("""{"title": "boom"}""", HttpStatusCode.InternalServerError)
            : Json(CodesJson));
        var prediction = await new HttpApiEvaluator(new HttpClient(handler), new Uri("http://api.test/api")).PredictAsync(Docs.Doc("1", "X-RAY", []), CancellationToken.None);
        Assert.Equal("classify: HTTP 500", prediction.Error);
        Assert.Null(prediction.DocumentType);
        Assert.Single(prediction.Codes);
    }

    [Fact]
    public async Task InvalidJsonAndWrongShapeAreDocumentErrors()
    {
        var handler = new FakeHandler((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/classify", StringComparison.Ordinal)
            ? Json("not json")
            : Json("""{"codes": "none"}"""));
        var prediction = await new HttpApiEvaluator(new HttpClient(handler), new Uri("http://api.test/api")).PredictAsync(Docs.Doc("1", "X-RAY", []), CancellationToken.None);
        Assert.Equal("classify: invalid JSON; extract-codes: answer does not match the contract's codes shape", prediction.Error);
        Assert.Empty(prediction.Codes);
    }

    [Fact]
    public async Task UnreachableApiThrowsNamingTheUrl()
    {
        var port = ClosedPort();
        var evaluator = new HttpApiEvaluator(new HttpClient(), new Uri($"http://127.0.0.1:{port}/api"));
        var error = await Assert.ThrowsAsync<EvaluationInputException>(() => evaluator.PredictAsync(Docs.Doc("1", "X-RAY", []), CancellationToken.None));
        Assert.StartsWith($"API unreachable at http://127.0.0.1:{port}/api/classify", error.Message);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
