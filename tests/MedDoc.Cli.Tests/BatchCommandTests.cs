using System.Text.Json;
using System.Text.Json.Nodes;
using MedDoc.Cli.Tests.Support;

namespace MedDoc.Cli.Tests;

/// <summary>meddoc batch DIR: a folder of documents in, one JSON line per document out, in-process or through a live API.</summary>
public sealed class BatchCommandTests
{
    private const string ChestXray = "CHEST X-RAY, PA AND LATERAL.\nFINDINGS: The heart is enlarged. No pneumothorax.\nIMPRESSION: Cardiomegaly.\n";
    private const string EmojiChestXray = "CHEST X-RAY \U0001F600 PORTABLE.\nFINDINGS: The heart is enlarged.\nIMPRESSION: Cardiomegaly.\n";
    private const string BloodCount = "COMPLETE BLOOD COUNT\nWBC 14.2 x10^3/uL (4.0-11.0) H\nHemoglobin 10.1 g/dL (13.5-17.5) L\n";

    [Fact]
    public async Task EveryTextDocumentOfTheFolderIsAnalysedInPathOrder()
    {
        var folder = FolderOfTwoReports();
        TestPaths.WriteFile(folder, "notes.md", "not a document type meddoc reads");
        var results = Path.Combine(folder, "out.jsonl");

        var (code, output, error) = await Meddoc.RunAsync("batch", folder, "--out", results, "--concurrency", "2");

        Assert.True(code == ExitCodes.Success, output + error);
        var lines = ReadLines(results);
        Assert.Equal(["b-cxr.txt", "lab/a-cbc.txt"], lines.Select(line => line.GetProperty("filename").GetString()));
        Assert.Equal([0, 1], lines.Select(line => line.GetProperty("index").GetInt32()));
        Assert.All(lines, line => Assert.Equal("done", line.GetProperty("status").GetString()));
        Assert.Contains("skipping 1 files", error);
        Assert.Contains("batch: 2/2 documents (100%), 0 failed", error);
        Assert.Contains("2 documents: 2 analysed, 0 failed", output);
    }

    [Fact]
    public async Task InProcessLinesCarryTheAnalysisInTheHttpContractsShape()
    {
        var folder = FolderOfThreeReports();
        var results = Path.Combine(folder, "out.jsonl");

        var (code, output, error) = await Meddoc.RunAsync("batch", folder, "--out", results);

        Assert.True(code == ExitCodes.Success, output + error);
        var analyses = ReadLines(results).Select(line => line.GetProperty("analysis")).ToList();
        Assert.Equal(["X-RAY", "X-RAY", "COMPLETE BLOOD COUNT"], analyses.Select(analysis => analysis.GetProperty("classification").GetProperty("document_type").GetString()));
        Assert.All(analyses, analysis => Assert.False(analysis.GetProperty("classification").TryGetProperty("type", out _)));
        Assert.All(analyses, analysis => Assert.Equal("rules", analysis.GetProperty("source").GetString()));
        Assert.All(analyses, analysis => Assert.False(string.IsNullOrEmpty(analysis.GetProperty("engine_version").GetString())));
        var emojiReport = analyses[1];
        var text = emojiReport.GetProperty("text").GetString()!;
        Assert.Equal(EmojiChestXray, text);
        var cardiomegaly = emojiReport.GetProperty("codes").EnumerateArray().Single(suggestion => suggestion.GetProperty("code").GetString() == "I51.7");
        Assert.Equal("present", cardiomegaly.GetProperty("assertion").GetString());
        Assert.All(cardiomegaly.GetProperty("evidence_spans").EnumerateArray(), span => Assert.Equal(
            span.GetProperty("text").GetString(),
            CodePoints(text, span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32())));
        Assert.Equal(
            cardiomegaly.GetProperty("evidence").EnumerateArray().Select(quote => quote.GetString()),
            cardiomegaly.GetProperty("evidence_spans").EnumerateArray().Select(span => span.GetProperty("text").GetString()));
        var lab = analyses[2].GetProperty("lab_results").EnumerateArray().First();
        Assert.Equal("high", lab.GetProperty("flag").GetString());
        Assert.Equal(JsonValueKind.Number, lab.GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task InProcessAndApiLinesAreTheSameApartFromTheStoredDocumentsId()
    {
        var folder = FolderOfThreeReports();
        await using var api = await LiveMedDocApi.StartLocalAsync();
        var local = Path.Combine(folder, "local.jsonl");
        var remote = Path.Combine(folder, "remote.jsonl");

        var (localCode, localOutput, localError) = await Meddoc.RunAsync("batch", folder, "--out", local);
        var (remoteCode, remoteOutput, remoteError) = await Meddoc.RunAsync("batch", folder, "--api-base", api.ApiBase, "--out", remote);

        Assert.True(localCode == ExitCodes.Success, localOutput + localError);
        Assert.True(remoteCode == ExitCodes.Success, remoteOutput + remoteError);
        var remoteLines = File.ReadAllLines(remote).Where(line => line.Length > 0).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        Assert.All(remoteLines, line => Assert.True(line.Remove("document_id")));
        Assert.Equal(
            File.ReadAllLines(local).Where(line => line.Length > 0).Select(line => JsonNode.Parse(line)!.ToJsonString()),
            remoteLines.Select(line => line.ToJsonString()));
    }

    [Fact]
    public async Task DocumentsThatCannotBeAnalysedAreFailedLinesWithTheirReasonAndTheExitCodeSaysSo()
    {
        var folder = TestPaths.TempDirectory();
        TestPaths.WriteFile(folder, "a-good.txt", ChestXray);
        File.WriteAllBytes(Path.Combine(folder, "b-latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x0A]);
        TestPaths.WriteFile(folder, "c-empty.txt", "   \n");
        File.WriteAllBytes(Path.Combine(folder, "d-scan.pdf"), "%PDF-1.4\n"u8.ToArray());
        var results = Path.Combine(folder, "out.jsonl");

        var (code, output, error) = await Meddoc.RunAsync("batch", folder, "--out", results);

        Assert.True(code == ExitCodes.DocumentsFailed, output + error);
        var lines = ReadLines(results);
        Assert.Equal(["done", "failed", "failed", "failed"], lines.Select(line => line.GetProperty("status").GetString()));
        Assert.Equal("The file is not UTF-8 text.", lines[1].GetProperty("failure_reason").GetString());
        Assert.Equal("The document is empty.", lines[2].GetProperty("failure_reason").GetString());
        Assert.Contains("--api-base", lines[3].GetProperty("failure_reason").GetString());
        Assert.False(lines[1].TryGetProperty("analysis", out _));
        Assert.Contains("4 documents: 1 analysed, 3 failed", output);
    }

    [Theory]
    [InlineData("no-such-folder", "no such folder")]
    [InlineData("empty", "no .txt or .pdf files")]
    public async Task AFolderWithoutDocumentsIsAUsageErrorNamingIt(string name, string reason)
    {
        var parent = TestPaths.TempDirectory();
        Directory.CreateDirectory(Path.Combine(parent, "empty"));

        var (code, _, error) = await Meddoc.RunAsync("batch", Path.Combine(parent, name));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(name, error);
        Assert.Contains(reason, error);
    }

    [Fact]
    public async Task ConcurrencyOutsideItsRangeIsRefused()
    {
        var folder = TestPaths.TempDirectory();
        TestPaths.WriteFile(folder, "a.txt", ChestXray);

        var (code, _, error) = await Meddoc.RunAsync("batch", folder, "--concurrency", "0");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--concurrency must be between 1 and 64, got 0", error);
    }

    [Fact]
    public async Task AnUnreachableApiIsAUsageErrorNamingTheAddress()
    {
        var folder = TestPaths.TempDirectory();
        TestPaths.WriteFile(folder, "a.txt", ChestXray);
        var address = $"http://127.0.0.1:{FreePort()}/api";

        var (code, _, error) = await Meddoc.RunAsync("batch", folder, "--api-base", address, "--out", Path.Combine(folder, "out.jsonl"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("cannot reach the API at " + address, error);
    }

    [Fact]
    public async Task ALiveApiAnalysesTheFolderAsOneBatchAndTheLinesKeepTheFolderPaths()
    {
        var folder = FolderOfTwoReports();
        await using var api = await LiveMedDocApi.StartLocalAsync();
        var results = Path.Combine(folder, "out.jsonl");

        var (code, output, error) = await Meddoc.RunAsync("batch", folder, "--api-base", api.ApiBase, "--out", results);

        Assert.True(code == ExitCodes.Success, output + error);
        var lines = ReadLines(results);
        Assert.Equal(["b-cxr.txt", "lab/a-cbc.txt"], lines.Select(line => line.GetProperty("filename").GetString()));
        Assert.All(lines, line => Assert.Equal("done", line.GetProperty("status").GetString()));
        Assert.All(lines, line => Assert.True(Guid.TryParse(line.GetProperty("document_id").GetString(), out _)));
        Assert.Equal("X-RAY", lines[0].GetProperty("analysis").GetProperty("classification").GetProperty("document_type").GetString());
        using var http = new HttpClient();
        using var stored = await http.GetAsync($"{api.ApiBase}/documents/{lines[1].GetProperty("document_id").GetString()}");
        Assert.Equal(200, (int)stored.StatusCode);
    }

    /// <summary>b-cxr.txt and lab/a-cbc.txt: in path order the X-ray comes first.</summary>
    private static string FolderOfTwoReports()
    {
        var folder = TestPaths.TempDirectory();
        TestPaths.WriteFile(folder, "b-cxr.txt", ChestXray);
        Directory.CreateDirectory(Path.Combine(folder, "lab"));
        TestPaths.WriteFile(folder, "lab/a-cbc.txt", BloodCount);
        return folder;
    }

    /// <summary>b-cxr.txt, c-emoji.txt and lab/a-cbc.txt (path order), the emoji report's emoji (outside the BMP) making code points and UTF-16 indices differ.</summary>
    private static string FolderOfThreeReports()
    {
        var folder = FolderOfTwoReports();
        TestPaths.WriteFile(folder, "c-emoji.txt", EmojiChestXray);
        return folder;
    }

    /// <summary>text[start:end] as Python (and the contract) counts it: in code points.</summary>
    private static string CodePoints(string text, int start, int end) =>
        string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(rune => rune.ToString()));

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static List<JsonElement> ReadLines(string path) =>
        File.ReadAllLines(path).Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
}
