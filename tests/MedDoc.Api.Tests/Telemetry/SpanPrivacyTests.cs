using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using MedDoc.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace MedDoc.Api.Tests.Telemetry;

/// <summary>Requests are traced (server, database) and no span carries document text.</summary>
public sealed class SpanPrivacyTests
{
    private const string Secret = "spansecretword";

    private sealed class TracedFactory : SqliteApiFactory
    {
        private readonly List<Activity> _spans = [];

        protected override bool UseRealEngine => true;

        public IReadOnlyList<Activity> Spans()
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new CollectingProcessor(_spans))));
        }
    }

    private sealed class CollectingProcessor(List<Activity> spans) : OpenTelemetry.BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            lock (spans)
            {
                spans.Add(data);
            }
        }
    }

    [Fact]
    public async Task UploadsAnalysesAndErrorsAreTracedWithoutDocumentText()
    {
        await using var factory = new TracedFactory();
        var client = factory.CreateClient();
        var text = $"IMPRESSION: Cardiomegaly. No pleural effusion. {Secret}";

        Assert.Equal(201, (int)(await client.PostTextAsync("/api/documents", text)).StatusCode);
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "file", $"{Secret}.txt" } };
        Assert.Equal(201, (int)(await client.PostAsync("/api/documents", form)).StatusCode);
        Assert.Equal(200, (int)(await client.PostTextAsync("/api/analyze", text)).StatusCode);
        Assert.Equal(400, (int)(await client.PostRawAsync("/api/analyze", $"{{\"document_text\": \"{Secret}", "application/json")).StatusCode);
        Assert.Equal(413, (int)(await client.PostTextAsync("/api/classify", new string('x', 1_000_001) + Secret)).StatusCode);

        var spans = await WaitForAsync(factory, spans => spans.Count(IsServerSpan) >= 5);

        var upload = spans.First(span => IsServerSpan(span) && Equals(span.GetTagItem("http.route"), "/api/documents/"));
        Assert.Contains(spans, span => span.TraceId == upload.TraceId && span.Kind == ActivityKind.Client && span.GetTagItem("db.system") is not null);
        foreach (var span in spans)
        {
            Assert.DoesNotContain(Secret, Describe(span), StringComparison.OrdinalIgnoreCase);
        }
    }

    private static bool IsServerSpan(Activity span) => span.Kind == ActivityKind.Server;

    /// <summary>Everything a span exports: its name, tags, events, links, status and baggage.</summary>
    private static string Describe(Activity span) => string.Join('\n',
        [
            span.DisplayName, span.OperationName, span.StatusDescription ?? string.Empty,
            .. span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"),
            .. span.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key}={tag.Value}").Append(e.Name)),
            .. span.Baggage.Select(item => $"{item.Key}={item.Value}"),
        ]);

    private static async Task<IReadOnlyList<Activity>> WaitForAsync(TracedFactory factory, Func<IReadOnlyList<Activity>, bool> done)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var spans = factory.Spans();
            if (done(spans))
            {
                return spans;
            }
            await Task.Delay(50);
        }
        return factory.Spans();
    }
}
