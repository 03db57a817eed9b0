using System.Text.Json;

namespace MedDoc.Engine.Tests.Classification;

/// <summary>
/// Floor test on 1,864 real, de-identified chest radiograph reports (IU CXR dev split, read from ../shared/data or
/// MEDDOC_IU_DEV, never copied into the repository). All are X-RAY; the bar is accuracy ≥ 0.99.
/// </summary>
public sealed class IuChestRadiographClassificationTests
{
    private const double RequiredAccuracy = 0.99;

    [Fact]
    public void IuDevChestRadiographsAreClassifiedAsXRay()
    {
        var path = Environment.GetEnvironmentVariable("MEDDOC_IU_DEV");
        if (string.IsNullOrEmpty(path))
        {
            path = SharedDataLocator.Find("iu-cxr/dev.jsonl");
        }
        if (path is null || !File.Exists(path))
        {
            Assert.False(SharedDataLocator.IsCi, "IU CXR dev.jsonl not found: set MEDDOC_IU_DEV or provide ../shared/data/iu-cxr/dev.jsonl");
            return;
        }
        var engine = new ClinicalEngine();
        var total = 0;
        var wrongUids = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var report = JsonDocument.Parse(line);
            var text = report.RootElement.GetProperty("document_text").GetString() ?? string.Empty;
            var expected = report.RootElement.GetProperty("expected_type").GetString();
            total++;
            var actual = engine.Analyze(text).Classification.Type.ToLabel();
            if (actual != expected)
            {
                // Only ids and labels in the message: never report text.
                wrongUids.Add($"{report.RootElement.GetProperty("uid").GetInt32()}→{actual}");
            }
        }
        var accuracy = (double)(total - wrongUids.Count) / total;
        Assert.True(total >= 1000, $"expected the full dev split, read {total} reports");
        Assert.True(accuracy >= RequiredAccuracy, $"accuracy {accuracy:F4} on {total} reports; misclassified: {string.Join(", ", wrongUids.Take(40))}");
    }
}
