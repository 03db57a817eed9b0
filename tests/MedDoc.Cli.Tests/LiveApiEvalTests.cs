using System.Text.Json;
using MedDoc.Cli.Tests.Support;

namespace MedDoc.Cli.Tests;

/// <summary>meddoc eval --api-base against a live HTTP API (an in-test Kestrel server running the engine).</summary>
public sealed class LiveApiEvalTests
{
    [Fact]
    public async Task GatePassesAgainstALiveApiOnSyntheticV1()
    {
        await using var server = await TestApiServer.StartAsync();
        var (code, stdout, stderr) = await Meddoc.RunAsync("eval", "--dataset", TestPaths.Synthetic, "--thresholds", TestPaths.Thresholds, "--api-base", server.ApiBase, "--concurrency", "8");
        Assert.True(code == ExitCodes.Success, stdout + stderr);
        Assert.Contains(server.ApiBase, stdout);
    }

    [Fact]
    public async Task LiveApiScoresExactlyLikeInProcess()
    {
        await using var server = await TestApiServer.StartAsync();
        var directory = TestPaths.TempDirectory();
        var easy = TestPaths.WriteFile(directory, "t.json", """{"accuracy": 0.0, "f1": 0.0}""");
        await Meddoc.RunAsync("eval", "--dataset", TestPaths.Synthetic, "--thresholds", easy, "--out", Path.Combine(directory, "api"), "--api-base", server.ApiBase);
        await Meddoc.RunAsync("eval", "--dataset", TestPaths.Synthetic, "--thresholds", easy, "--out", Path.Combine(directory, "local"));
        using var api = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "api", "report.json")));
        using var local = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "local", "report.json")));
        string Codes(JsonDocument report) => string.Join("|", report.RootElement.GetProperty("documents").EnumerateArray()
            .Select(document => document.GetProperty("predicted_type").GetString() + ":" + document.GetProperty("returned_codes").GetRawText()));
        Assert.Equal(Codes(local), Codes(api));
        Assert.Equal(
            local.RootElement.GetProperty("metrics").GetProperty("evidence_validity").GetDouble(),
            api.RootElement.GetProperty("metrics").GetProperty("evidence_validity").GetDouble());
        Assert.Equal(0, api.RootElement.GetProperty("metrics").GetProperty("errors").GetInt32());
    }
}
