using System.Collections.Concurrent;
using System.Text;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Engine;
using MedDoc.Llm;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MedDoc.Api.Tests.Batches;

/// <summary>A transient analysis error is retried with backoff; a document that keeps failing is marked failed with its reason and the batch goes on.</summary>
public sealed class BatchRetryTests(BatchRetryTests.FlakyFactory factory) : IClassFixture<BatchRetryTests.FlakyFactory>
{
    public sealed class FlakyFactory : SqliteApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<IAnalysisService, FlakyAnalysisService>());
                services.PostConfigure<BatchOptions>(options => options.RetryDelay = TimeSpan.FromMilliseconds(10));
            });
        }
    }

    /// <summary>"FLAKY" fails its first two calls; "BROKEN" always fails; anything else is the fake pipeline.</summary>
    public sealed class FlakyAnalysisService : IAnalysisService
    {
        private readonly FakeAnalysisService _inner = new();
        private readonly ConcurrentDictionary<string, int> _calls = new();

        public Task<AnalysisResult> AnalyzeAsync(string text, CancellationToken cancellationToken)
        {
            var calls = _calls.AddOrUpdate(text, 1, (_, count) => count + 1);
            if (text.Contains("BROKEN", StringComparison.Ordinal) || (text.Contains("FLAKY", StringComparison.Ordinal) && calls <= 2))
            {
                throw new TimeoutException("The analysis service timed out.");
            }
            return _inner.AnalyzeAsync(text, cancellationToken);
        }
    }

    [Fact]
    public async Task TransientFailuresRetryAndAPersistentOneFailsOnlyItsDocument()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/batches", BatchTestClient.FilesForm(
            ("flaky.txt", Encoding.UTF8.GetBytes("FLAKY: Cardiomegaly.")),
            ("broken.txt", Encoding.UTF8.GetBytes("BROKEN: Cardiomegaly.")),
            ("fine.txt", Encoding.UTF8.GetBytes("FINDINGS: Cardiomegaly."))));
        var id = (await response.JsonAsync()).GetProperty("id").GetString()!;

        var batch = await client.WaitUntilFinishedAsync(id);

        Assert.Equal("done", batch.GetProperty("status").GetString());
        var documents = await client.DocumentsAsync(id);
        Assert.Equal(["done", "failed", "done"], documents.Select(item => item.GetProperty("status").GetString()));
        Assert.Equal(3, documents[0].GetProperty("attempts").GetInt32());
        Assert.Equal(4, documents[1].GetProperty("attempts").GetInt32());
        Assert.Equal("Failed 4 times (TimeoutException); the document was not stored.", documents[1].GetProperty("failure_reason").GetString());
        Assert.Equal(1, documents[2].GetProperty("attempts").GetInt32());
        Assert.DoesNotContain(factory.Logs.Messages, message => message.Contains("BROKEN", StringComparison.Ordinal));
    }
}
