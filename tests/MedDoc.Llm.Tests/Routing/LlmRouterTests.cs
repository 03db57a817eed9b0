using MedDoc.Engine;
using MedDoc.Llm.Configuration;
using MedDoc.Llm.Routing;

namespace MedDoc.Llm.Tests.Routing;

public sealed class LlmRouterTests
{
    private static AnalysisResult Engine(DocumentType type, double confidence, int findings = 0) =>
        new(new DocumentClassification(type, confidence, "test"), [], [],
            Enumerable.Range(0, findings).Select(i => new Finding("c" + i, "c", Assertion.Present, new Span(i, i + 1, "x"), "body")).ToArray(),
            [], DocumentSummary.Empty);

    private static LlmRoute Decide(LlmRouting routing, AnalysisResult engine, int length = 1000) =>
        new LlmRouter(new LlmOptions { Routing = routing }).Decide(engine, length);

    [Fact]
    public void ConfidentXRayStaysOnTheEngine()
    {
        Assert.Equal(LlmRoute.None("confident"), Decide(LlmRouting.Auto, Engine(DocumentType.XRay, 0.95)));
    }

    [Fact]
    public void LowClassificationConfidenceAsksEveryPrompt()
    {
        Assert.Equal(LlmRoute.All("low_confidence"), Decide(LlmRouting.Auto, Engine(DocumentType.Other, 0.3)));
    }

    [Fact]
    public void ClinicalNoteWithFewFindingsPerThousandCharactersAsksForCodesAndSummary()
    {
        var route = Decide(LlmRouting.Auto, Engine(DocumentType.ClinicalNote, 0.9, findings: 2), length: 4000);

        Assert.Equal(new LlmRoute(false, true, true, "low_coverage"), route);
    }

    [Fact]
    public void WellCoveredDischargeSummaryStaysOnTheEngine()
    {
        var route = Decide(LlmRouting.Auto, Engine(DocumentType.DischargeSummary, 0.9, findings: 6), length: 3000);

        Assert.False(route.AsksClaude);
    }

    [Fact]
    public void LabReportWithNoFindingsIsNotANoteAndStaysOnTheEngine()
    {
        Assert.False(Decide(LlmRouting.Auto, Engine(DocumentType.CompleteBloodCount, 0.9), length: 5000).AsksClaude);
    }

    [Fact]
    public void AlwaysAndNeverIgnoreTheEngine()
    {
        Assert.Equal(LlmRoute.All("routing_always"), Decide(LlmRouting.Always, Engine(DocumentType.XRay, 0.99)));
        Assert.Equal(LlmRoute.None("routing_never"), Decide(LlmRouting.Never, Engine(DocumentType.Other, 0.0)));
    }

    [Fact]
    public void CoverageCountsFindingsAndLabsPerThousandCharacters()
    {
        Assert.Equal(1.5, LlmRouter.Coverage(Engine(DocumentType.ClinicalNote, 0.9, findings: 3), 2000));
    }
}
