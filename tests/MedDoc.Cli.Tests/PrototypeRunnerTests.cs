using System.Net.Http.Json;
using System.Text.Json;
using MedDoc.Cli.Tests.Support;

namespace MedDoc.Cli.Tests;

/// <summary>
/// The Python prototype's runner, an outside client, re-enacted: it reads document_text, expected_type and
/// expected_codes from synthetic_v1.json, posts to {api_base}/classify and {api_base}/extract-codes (with
/// document_type = the expected type), compares codes by exact string, counts every returned code that is
/// not expected as a false positive (it knows nothing of acceptable_codes) and gates at accuracy 0.75, F1 0.65.
/// Deliberately independent of MedDoc.Evaluation.
/// </summary>
public sealed class PrototypeRunnerTests
{
    [Fact]
    public async Task PrototypeRunnerPassesItsGateAgainstTheApi()
    {
        await using var server = await TestApiServer.StartAsync();
        using var http = new HttpClient();
        using var dataset = JsonDocument.Parse(await File.ReadAllTextAsync(TestPaths.Synthetic));
        int correct = 0, total = 0, tp = 0, fp = 0, fn = 0;
        foreach (var example in dataset.RootElement.EnumerateArray())
        {
            var text = example.GetProperty("document_text").GetString()!;
            var expectedType = example.GetProperty("expected_type").GetString()!;
            var expected = example.GetProperty("expected_codes").EnumerateArray().Select(code => code.GetString()!).ToHashSet();

            using var classify = await http.PostAsJsonAsync($"{server.ApiBase}/classify", new Dictionary<string, string> { ["document_text"] = text });
            Assert.True(classify.IsSuccessStatusCode, $"classify answered {(int)classify.StatusCode}");
            var type = (await classify.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("document_type").GetString();
            total++;
            correct += type == expectedType ? 1 : 0;

            using var extract = await http.PostAsJsonAsync($"{server.ApiBase}/extract-codes",
                new Dictionary<string, string> { ["document_text"] = text, ["document_type"] = expectedType });
            Assert.True(extract.IsSuccessStatusCode, $"extract-codes answered {(int)extract.StatusCode}");
            var returned = (await extract.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes").EnumerateArray()
                .Select(code => code.GetProperty("code").GetString()!).ToHashSet();
            tp += returned.Count(expected.Contains);
            fp += returned.Count(code => !expected.Contains(code));
            fn += expected.Count(code => !returned.Contains(code));
        }
        var accuracy = (double)correct / total;
        var precision = tp + fp == 0 ? 0.0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0.0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        Assert.True(accuracy >= 0.75 && f1 >= 0.65, $"prototype gate: accuracy {accuracy:0.000}, precision {precision:0.000}, recall {recall:0.000}, f1 {f1:0.000}");
    }
}
