using System.Text.Json;
using MedDoc.Engine;
using MedDoc.Engine.Coding;
using MedDoc.Llm.Configuration;
using MedDoc.Llm.Tests.Fakes;
using MedDoc.Testing;

namespace MedDoc.Llm.Tests;

/// <summary>
/// The "evidence required" bar on real radiology text: a Claude that invents codes, paraphrases and quotes
/// negated findings, on every 4th IU chest X-ray dev report (public, de-identified; read from ../shared/data,
/// never copied). Nothing invalid may reach the result.
/// </summary>
public sealed class AdversarialClaudeTests
{
    [Fact]
    public async Task InventedParaphrasedAndNegatedCodesNeverReachTheResultOnIuDevReports()
    {
        var engine = new ClinicalEngine();
        var reports = File.ReadLines(IuDevPath())
            .Where((_, index) => index % 4 == 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("document_text").GetString()!)
            .ToArray();
        var metrics = new RecordingLlmMetrics();
        var negatedClaims = 0;

        foreach (var report in reports)
        {
            var engineResult = engine.Analyze(report);
            var negated = engineResult.Findings.FirstOrDefault(finding => finding.Assertion == Assertion.Negated);
            var claims = new List<object>
            {
                new { code = "Z99.999", evidence = new[] { report[..Math.Min(24, report.Length)] }, basis = "documented", confidence = 0.9 },
                new { code = "I51.7", evidence = new[] { "the heart is markedly enlarged and failing" }, basis = "documented", confidence = 0.9 },
            };
            if (negated is not null && engineResult.Codes.All(code => code.Code != "J93.9") && negated.ConceptId == "pneumothorax")
            {
                negatedClaims++;
                claims.Add(new { code = "J93.9", evidence = new[] { negated.Span.Text }, basis = "documented", confidence = 0.9 });
            }
            var claude = new ScriptedClaudeClient(request => request.Prompt.ToolName switch
            {
                "record_codes" => JsonSerializer.Serialize(new { codes = claims }),
                "record_classification" => """{"document_type":"X-RAY","confidence":0.5,"rationale":"Chest views."}""",
                _ => """{"summary":"Chest radiograph.","key_findings":[]}""",
            });
            var analyzer = new HybridAnalyzer(engine, claude, new LlmOptions { Enabled = true, ApiKey = "k", Routing = LlmRouting.Always }, metrics);

            var result = await analyzer.AnalyzeAsync(report, CancellationToken.None);

            Assert.Equal(AnalysisSources.Llm, result.Source);
            Assert.All(result.Codes, code => Assert.True(EvidenceValidator.IsValid(code, report) && IcdCatalog.Embedded.IsBillable(code.Code)));
            Assert.Equal(engineResult.Codes.Select(code => code.Code), result.Codes.Select(code => code.Code));
        }

        Assert.True(reports.Length > 400);
        Assert.Equal(0, metrics.Count("accepted"));
        Assert.Equal(reports.Length, metrics.Count("dropped:not_in_catalog"));
        Assert.Equal(reports.Length, metrics.Count("dropped:evidence_not_found"));
        Assert.True(negatedClaims > 50, $"only {negatedClaims} negated pneumothorax claims were made");
        Assert.Equal(negatedClaims, metrics.Count("dropped:engine_negated") + metrics.Count("dropped:not_confirmed"));
    }

    private static string IuDevPath()
    {
        var path = RepositoryFiles.IuDev;
        Assert.True(File.Exists(path), $"IU dev data not found at {path}; set MEDDOC_IU_DEV.");
        return path;
    }
}
