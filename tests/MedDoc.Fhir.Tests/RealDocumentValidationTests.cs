using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using MedDoc.Engine;
using MedDoc.Fhir.Tests.Support;
using MedDoc.Testing;
using Xunit.Abstractions;

namespace MedDoc.Fhir.Tests;

/// <summary>
/// Bundles of real de-identified dev documents (../shared/data: IU chest X-rays, MTSamples, TCGA pathology, CodiEsp
/// case reports) are valid FHIR R4 with zero errors, and every Condition's evidence is verbatim at its code-point
/// offsets. Validates an evenly spaced sample of each set (MEDDOC_FHIR_SAMPLE documents, default 30; "all" for the
/// whole set). Missing data skips the test, or fails it when CI=true.
/// </summary>
public sealed class RealDocumentValidationTests(ITestOutputHelper output)
{
    private static readonly ClinicalEngine Engine = new();
    private readonly FhirBundleBuilder _builder = new();

    public static TheoryData<string> Sets => new() { "iu-cxr/dev.jsonl", "real/mts_dev.jsonl.gz", "real/tcga_dev.jsonl.gz", "real/codiesp_dev.jsonl.gz" };

    [SkippableTheory]
    [MemberData(nameof(Sets))]
    public void RealDocumentBundlesHaveNoValidationErrors(string set)
    {
        var path = RepositoryFiles.SharedData(set.Split('/'));
        if (!File.Exists(path))
        {
            Assert.False(RepositoryFiles.IsCi, $"CI=true but {path} is missing.");
            Skip.If(true, $"{path} is missing");
        }
        var documents = Sample(ReadTexts(path));
        var (conditions, observations, errors) = (0, 0, new List<string>());

        foreach (var (id, text) in documents)
        {
            var bundle = _builder.Build(Exports.Of(text, Engine.Analyze(text)));
            errors.AddRange(FhirValidation.Errors(bundle).Select(error => $"{id}: {error}"));
            conditions += bundle.All<Condition>().Length;
            observations += bundle.All<Observation>().Length;
            var codePoints = text.EnumerateRunes().Select(rune => rune.ToString()).ToArray();
            Assert.All(bundle.All<Condition>().SelectMany(condition => condition.Evidence()), evidence =>
                Assert.Equal(evidence.Text, string.Concat(codePoints[evidence.Start..evidence.End])));
        }

        output.WriteLine($"{set}: {documents.Count} bundles, {conditions} Conditions, {observations} Observations, {errors.Count} validation errors");
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        Assert.True(conditions > 0, $"{set}: no Condition in {documents.Count} documents; the sample exercises nothing");
    }

    private static List<(string Id, string Text)> ReadTexts(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var documents = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = root.TryGetProperty("id", out var given) ? given.ToString() : root.GetProperty("uid").ToString();
            documents.Add((id, root.GetProperty("document_text").GetString()!));
        }
        return documents;
    }

    private static List<(string Id, string Text)> Sample(List<(string Id, string Text)> documents)
    {
        var setting = Environment.GetEnvironmentVariable("MEDDOC_FHIR_SAMPLE");
        if (string.Equals(setting, "all", StringComparison.OrdinalIgnoreCase))
        {
            return documents;
        }
        var size = int.TryParse(setting, out var parsed) && parsed > 0 ? parsed : 30;
        if (documents.Count <= size)
        {
            return documents;
        }
        return Enumerable.Range(0, size).Select(index => documents[index * documents.Count / size]).ToList();
    }
}
