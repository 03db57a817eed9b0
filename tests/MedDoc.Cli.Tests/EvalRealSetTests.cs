using System.IO.Compression;
using System.Text;
using MedDoc.Cli.Tests.Support;

namespace MedDoc.Cli.Tests;

/// <summary>meddoc eval on a real set (gzip JSON Lines as in ../shared/data/real): scores printed, real-set.json written, clear errors.</summary>
public sealed class EvalRealSetTests
{
    private readonly string _directory = TestPaths.TempDirectory();

    private string Gzip(string name, string lines)
    {
        var path = Path.Combine(_directory, name);
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(lines));
        }
        return path;
    }

    [Fact]
    public async Task CodiEspStyleSetPrintsExactCategoryAndOutsideChapterRScores()
    {
        var dataset = Gzip("codiesp_dev.jsonl.gz", """
            {"id": "a", "document_text": "ASSESSMENT: Essential hypertension. Fever.", "expected_codes": ["I10", "R50.9"]}
            {"id": "b", "document_text": "ASSESSMENT: No diabetes.", "expected_codes": ["E11.9"]}
            """);
        var output = Path.Combine(_directory, "out");

        var (code, stdout, stderr) = await Meddoc.RunAsync("eval", "--dataset", dataset, "--out", output);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("codiesp_dev: 2 documents", stdout);
        Assert.Contains("codes exact:", stdout);
        Assert.Contains("codes outside chapter R:", stdout);
        Assert.Contains("codes exact, current gold:", stdout);
        Assert.Contains("\"outside_chapter_r\"", await File.ReadAllTextAsync(Path.Combine(output, "real-set.json")));
    }

    [Fact]
    public async Task TcgaStyleSetPrintsSiteRecallAndTypeAccuracy()
    {
        var dataset = Gzip("tcga_dev.jsonl.gz", """
            {"id": "a", "document_text": "SURGICAL PATHOLOGY REPORT\nFINAL DIAGNOSIS: Right kidney, nephrectomy: clear cell renal cell carcinoma.", "expected_type": "PATHOLOGY REPORT", "site_categories": ["C64"]}
            """);

        var (code, stdout, stderr) = await Meddoc.RunAsync("eval", "--dataset", dataset);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("type accuracy", stdout);
        Assert.Contains("site recall", stdout);
    }

    [Fact]
    public async Task MissingFileExitsTwoNamingIt()
    {
        var path = Path.Combine(_directory, "absent.jsonl.gz");

        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", path);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(path, stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task CorruptGzipExitsTwoNamingIt()
    {
        var path = Gzip("corrupt.jsonl.gz", string.Concat(Enumerable.Range(0, 200).Select(i => $$"""{"id": "{{i}}", "document_text": "text {{i}}", "expected_codes": []}""" + "\n")));
        var bytes = File.ReadAllBytes(path);
        Array.Fill(bytes, (byte)0xFF, 20, 40);
        File.WriteAllBytes(path, bytes);

        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", path);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains($"{path}: not a readable gzip file", stderr);
    }

    [Fact]
    public async Task GateOptionsAreRefusedForARealSet()
    {
        var dataset = Gzip("mts_dev.jsonl.gz", """{"id": "a", "document_text": "x", "expected_type": "OTHER"}""");

        var (code, _, stderr) = await Meddoc.RunAsync("eval", "--dataset", dataset, "--baseline", "report.json");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--baseline", stderr);
    }
}
