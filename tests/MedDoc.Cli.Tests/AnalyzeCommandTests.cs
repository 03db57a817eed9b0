using System.Text.Json;
using MedDoc.Cli.Tests.Support;

namespace MedDoc.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    private readonly string _directory = TestPaths.TempDirectory();

    [Fact]
    public async Task TextFilePrintsTheAnalysisAsSnakeCaseJson()
    {
        var file = TestPaths.WriteFile(_directory, "note.txt", "FINDINGS: Small left pleural effusion.\nIMPRESSION: Cardiomegaly.\n");
        var (code, stdout, stderr) = await Meddoc.RunAsync("analyze", file);
        Assert.True(code == ExitCodes.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.TryGetProperty("classification", out _));
        Assert.True(json.RootElement.TryGetProperty("lab_results", out _));
        Assert.True(json.RootElement.TryGetProperty("codes", out _));
    }

    [Fact]
    public async Task MissingFileExitsTwo()
    {
        var (code, _, stderr) = await Meddoc.RunAsync("analyze", Path.Combine(_directory, "absent.txt"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("absent.txt: cannot read the file", stderr);
    }

    [Fact]
    public async Task EmptyFileExitsTwo()
    {
        var (code, _, stderr) = await Meddoc.RunAsync("analyze", TestPaths.WriteFile(_directory, "empty.txt", "  \n"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("empty.txt: the document is empty", stderr);
    }

    [Fact]
    public async Task PdfIsRefusedWithAPointerToTheApi()
    {
        var (code, _, stderr) = await Meddoc.RunAsync("analyze", TestPaths.WriteFile(_directory, "scan.pdf", "%PDF-1.4"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("PDF input is not supported by the CLI", stderr);
    }

    [Fact]
    public async Task MissingArgumentExitsTwo() => Assert.Equal(ExitCodes.BadInput, (await Meddoc.RunAsync("analyze")).ExitCode);

    [Fact]
    public async Task FormatFhirPrintsABundleOfTheDocument()
    {
        const string text = "FINDINGS: Small left pleural effusion. No pneumothorax.\nIMPRESSION: Cardiomegaly.\n";
        var file = TestPaths.WriteFile(_directory, "chest.txt", text);

        var (code, stdout, stderr) = await Meddoc.RunAsync("analyze", "--format", "fhir", file);

        Assert.True(code == ExitCodes.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("Bundle", json.RootElement.GetProperty("resourceType").GetString());
        var resources = json.RootElement.GetProperty("entry").EnumerateArray().Select(entry => entry.GetProperty("resource")).ToArray();
        var codes = resources.Where(resource => resource.GetProperty("resourceType").GetString() == "Condition")
            .Select(condition => condition.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString())
            .Order();
        Assert.Equal(["I51.7", "J90"], codes);
        var attachment = resources.Single(resource => resource.GetProperty("resourceType").GetString() == "DocumentReference")
            .GetProperty("content")[0].GetProperty("attachment");
        Assert.Equal("chest.txt", attachment.GetProperty("title").GetString());
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), attachment.GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task UnknownFormatExitsTwoNamingTheChoices()
    {
        var file = TestPaths.WriteFile(_directory, "note.txt", "Cardiomegaly.");

        var (code, _, stderr) = await Meddoc.RunAsync("analyze", "--format", "xml", file);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("fhir", stderr, StringComparison.Ordinal);
    }
}
