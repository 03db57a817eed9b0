using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MedDoc.Cli.Tests.Support;

namespace MedDoc.Cli.Tests;

/// <summary>meddoc eval run in-process through its entry method: exit codes 0 / 1 / 2 and what it writes.</summary>
public sealed class EvalCommandTests
{
    private const string ImpossibleDataset = """
        [{"id": "impossible", "document_text": "Hello world.", "expected_type": "OTHER", "expected_codes": ["Z99.89"], "acceptable_codes": []}]
        """;

    private const string EasyThresholds = """{"accuracy": 0.0, "f1": 0.0}""";

    private const string StrictThresholds = """{"accuracy": 0.0, "f1": 0.5}""";

    private readonly string _directory = TestPaths.TempDirectory();

    private string File(string name, string content) => TestPaths.WriteFile(_directory, name, content);

    [Fact]
    public async Task MetThresholdsExitZeroAndWriteReports()
    {
        var output = Path.Combine(_directory, "out");
        var (code, stdout, stderr) = await Meddoc.RunAsync("eval", "--dataset", File("d.json", ImpossibleDataset), "--thresholds", File("t.json", EasyThresholds), "--out", output);
        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("GATE PASSED", stdout);
        Assert.True(System.IO.File.Exists(Path.Combine(output, "report.json")));
        Assert.Contains("PASSED", await System.IO.File.ReadAllTextAsync(Path.Combine(output, "summary.md")));
    }

    [Fact]
    public async Task UnmetThresholdsExitOne()
    {
        var (code, stdout, _) = await Meddoc.RunAsync("eval", "--dataset", File("d.json", ImpossibleDataset), "--thresholds", File("t.json", StrictThresholds));
        Assert.Equal(ExitCodes.GateFailed, code);
        Assert.Contains("GATE FAILED", stdout);
        Assert.Contains("failed impossible: ", stdout);
        Assert.Contains("missed: Z99.89", stdout);
    }

    [Fact]
    public async Task MalformedDatasetExitsTwoNamingFileIndexAndField()
    {
        var dataset = File("bad.json", """[{"document_text": "x", "expected_type": "CT", "expected_codes": []}, {"document_text": "y", "expected_type": "CT"}]""");
        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", dataset);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal($"meddoc: {dataset}: record 1, field 'expected_codes': missing", stderr.Trim());
    }

    [Fact]
    public async Task InvalidJsonDatasetExitsTwo()
    {
        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", File("broken.json", "[{"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("broken.json: invalid JSON", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task MissingDatasetFileExitsTwo()
    {
        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", Path.Combine(_directory, "none.json"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("none.json: cannot read the dataset", stderr);
    }

    [Theory]
    [InlineData("eval")]
    [InlineData("eval", "--dataset")]
    [InlineData("eval", "--dataset", "x.json", "--unknown")]
    [InlineData("eval", "--dataset", "x.json", "--concurrency", "many")]
    [InlineData("frobnicate")]
    [InlineData()]
    public async Task BadUsageExitsTwo(params string[] args)
    {
        var (code, _, stderr) = await Meddoc.RunAsync(args);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("meddoc: ", stderr);
    }

    [Theory]
    [InlineData("--concurrency", "0", "--concurrency must be between 1 and 64, got 0")]
    [InlineData("--api-base", "localhost:8000", "--api-base must be an absolute http(s) URL")]
    [InlineData("--scored-categories", "I51,J9", "--scored-categories: 'J9' is not a 3-character")]
    [InlineData("--tolerance", "2", "--tolerance must be between 0 and 1")]
    public async Task InvalidOptionValuesExitTwo(string option, string value, string message)
    {
        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", File("d.json", ImpossibleDataset), option, value);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public async Task MalformedThresholdsExitTwo()
    {
        var thresholds = File("t.json", """{"accuracy": 0.8}""");
        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", File("d.json", ImpossibleDataset), "--thresholds", thresholds);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"{thresholds}: key 'f1' is missing", stderr);
    }

    [Fact]
    public async Task UnreachableApiExitsTwoNamingTheUrl()
    {
        var port = ClosedPort();
        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", File("d.json", ImpossibleDataset), "--api-base", $"http://127.0.0.1:{port}/api");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"API unreachable at http://127.0.0.1:{port}/api/classify", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task InProcessClaudeOptionIsUnknownBecauseTheHybridIsScoredThroughTheApi()
    {
        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", File("d.json", ImpossibleDataset), "--llm");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--llm", stderr);
    }

    [Fact]
    public async Task BaselineWithBetterScoresFailsAndNamesChangedDocuments()
    {
        var dataset = File("d.json", ImpossibleDataset);
        var output = Path.Combine(_directory, "run");
        Assert.Equal(0, (await Meddoc.RunAsync("eval", "--dataset", dataset, "--thresholds", File("t.json", EasyThresholds), "--out", output)).ExitCode);
        var report = Path.Combine(output, "report.json");
        var better = JsonSerializer.Serialize(new
        {
            metrics = new { classification = new { accuracy = 1.0 }, codes = new { exact = new { f1 = 1.0 } } },
            documents = new[] { new { id = "impossible", predicted_type = "CT", returned_codes = new[] { "Z99.89" }, passed = true } },
        });
        var baseline = File("baseline.json", better);

        var (code, stdout, _) = await Meddoc.RunAsync("eval", "--dataset", dataset, "--thresholds", File("t2.json", EasyThresholds), "--baseline", baseline);
        Assert.Equal(ExitCodes.GateFailed, code);
        Assert.Contains("regression: f1 dropped from 1.000", stdout);
        Assert.Contains("regressed: impossible CT [Z99.89] -> OTHER [", stdout);

        var (sameCode, sameOutput, _) = await Meddoc.RunAsync("eval", "--dataset", dataset, "--thresholds", File("t3.json", EasyThresholds), "--baseline", report);
        Assert.Equal(ExitCodes.Success, sameCode);
        Assert.Contains("0 documents changed", sameOutput);
    }

    [Fact]
    public async Task MalformedBaselineExitsTwo()
    {
        var baseline = File("b.json", "{}");
        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", File("d.json", ImpossibleDataset), "--thresholds", File("t.json", EasyThresholds), "--baseline", baseline);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"{baseline}: not a report.json of this harness", stderr);
    }

    [Fact]
    public async Task ReportRecordsDatasetHashCommitAndPerDocumentResults()
    {
        var output = Path.Combine(_directory, "out");
        var dataset = File("d.json", ImpossibleDataset);
        await Meddoc.RunAsync("eval", "--dataset", dataset, "--thresholds", File("t.json", EasyThresholds), "--out", output);
        using var json = JsonDocument.Parse(await System.IO.File.ReadAllTextAsync(Path.Combine(output, "report.json")));
        var root = json.RootElement;
        Assert.Equal(64, root.GetProperty("dataset").GetProperty("sha256").GetString()!.Length);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("git_commit").GetString()));
        Assert.Equal("impossible", root.GetProperty("documents")[0].GetProperty("id").GetString());
        Assert.Equal("in-process", root.GetProperty("target").GetString());
    }

    [Fact]
    public async Task GatePassesInProcessOnSyntheticV1WithProjectThresholds()
    {
        var (code, stdout, stderr) = await Meddoc.RunAsync("eval", "--dataset", TestPaths.Synthetic, "--thresholds", TestPaths.Thresholds);
        Assert.True(code == ExitCodes.Success, stdout + stderr);
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
