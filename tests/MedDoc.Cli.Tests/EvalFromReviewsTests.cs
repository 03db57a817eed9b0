using MedDoc.Cli.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MedDoc.Cli.Tests;

/// <summary>meddoc eval --from-reviews: coders' reviews (GET /api/reviews/export lines) as the labelled set.</summary>
public sealed class EvalFromReviewsTests
{
    // Two lines as the API exports them: the coder kept I51.7 and added J18.9 on the first; rejected everything on the second.
    private const string Export = """
        {"id":"0193a1b2-0000-7000-8000-000000000001","document_text":"FINDINGS: Cardiomegaly. Right lower lobe pneumonia.","expected_type":"X-RAY","expected_codes":["I51.7","J18.9"],"acceptable_codes":[],"reviewer":"local","reviewed_at":"2026-12-06T00:30:00Z","engine_version":"abc","revision":2}
        {"id":"0193a1b2-0000-7000-8000-000000000002","document_text":"IMPRESSION: No acute cardiopulmonary process.","expected_type":"X-RAY","expected_codes":[],"acceptable_codes":[],"reviewer":"local","reviewed_at":"2026-12-06T00:31:00Z","engine_version":"abc","revision":1}

        """;

    private const string EasyThresholds = """{"accuracy": 0.0, "f1": 0.0}""";

    private readonly string _directory = TestPaths.TempDirectory();

    [Fact]
    public async Task ExportFileIsScoredAgainstTheCodersFinalCodes()
    {
        var output = Path.Combine(_directory, "out");
        var (code, stdout, stderr) = await Meddoc.RunAsync(
            "eval", "--from-reviews", TestPaths.WriteFile(_directory, "reviews.jsonl", Export),
            "--thresholds", TestPaths.WriteFile(_directory, "t.json", EasyThresholds), "--out", output);

        Assert.True(code == ExitCodes.Success, stderr);
        var report = await File.ReadAllTextAsync(Path.Combine(output, "report.json"));
        Assert.Contains("\"reviews\"", report);
        Assert.Contains("J18.9", report);
        Assert.Contains("2", stdout);
    }

    [Fact]
    public async Task ApiBaseUrlDownloadsTheExportIntoTheOutputFolder()
    {
        await using var server = await ExportServer.StartAsync(Export);
        var output = Path.Combine(_directory, "out");

        var (code, _, stderr) = await Meddoc.RunAsync(
            "eval", "--from-reviews", server.ApiBase, "--thresholds", TestPaths.WriteFile(_directory, "t.json", EasyThresholds), "--out", output);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(Export, await File.ReadAllTextAsync(Path.Combine(output, "reviews.jsonl")));
    }

    [Fact]
    public async Task NoReviewedDocumentsExitsTwoSayingTheDatasetIsEmpty()
    {
        await using var server = await ExportServer.StartAsync("");

        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--from-reviews", server.ApiBase, "--out", Path.Combine(_directory, "out"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("the dataset is empty", stderr);
    }

    [Fact]
    public async Task UnreachableApiExitsTwoNamingTheUrl()
    {
        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--from-reviews", "http://127.0.0.1:1/api");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("http://127.0.0.1:1/api/reviews/export", stderr);
    }

    [Fact]
    public async Task DatasetAndFromReviewsTogetherIsBadUsage()
    {
        var file = TestPaths.WriteFile(_directory, "reviews.jsonl", Export);

        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", file, "--from-reviews", file);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("exactly one of --dataset", stderr);
    }

    /// <summary>Serves GET /api/reviews/export on 127.0.0.1 and a free port, as the API does.</summary>
    private sealed class ExportServer(WebApplication app, string apiBase) : IAsyncDisposable
    {
        public string ApiBase { get; } = apiBase;

        public static async Task<ExportServer> StartAsync(string export)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapGet("/api/reviews/export", () => Results.Text(export, "application/x-ndjson"));
            await app.StartAsync();
            var address = app.Urls.Single();
            return new ExportServer(app, address + "/api");
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
