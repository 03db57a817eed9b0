using System.Text.Json;
using MedDoc.Engine;
using MedDoc.Llm.Claude;
using MedDoc.Llm.Validation;

namespace MedDoc.Llm.Tests.Validation;

public sealed class ClaudeAnswerReaderTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void ClassificationIsReadWithItsRationaleMarkedAsClaudes()
    {
        var classification = ClaudeAnswerReader.ReadClassification(Json("""{"document_type":"x-ray","confidence":1.7,"rationale":"PA and lateral views."}"""));

        Assert.Equal(new DocumentClassification(DocumentType.XRay, 1.0, "Claude: PA and lateral views."), classification);
    }

    [Theory]
    [InlineData("""{"document_type":"RADIOGRAPH","confidence":0.9}""")]
    [InlineData("""{"confidence":0.9}""")]
    [InlineData("""["X-RAY"]""")]
    public void UnknownOrMissingTypeIsAMalformedAnswer(string json)
    {
        var error = Assert.Throws<LlmCallException>(() => ClaudeAnswerReader.ReadClassification(Json(json)));

        Assert.Equal(LlmFailureKind.MalformedOutput, error.Kind);
    }

    [Fact]
    public void CodesAreReadAndABrokenItemBecomesAMalformedClaim()
    {
        var claims = ClaudeAnswerReader.ReadCodes(Json("""
            {"codes":[
              {"code":"J90","evidence":["small left pleural effusion"],"basis":"documented","confidence":0.8},
              {"code":"D64.9","evidence":"Hemoglobin 9.2 g/dL (L)","basis":"lab_value"},
              {"code":42,"evidence":["x"]},
              "I51.7"
            ]}
            """));

        Assert.Equal(4, claims.Count);
        Assert.Equal(("J90", 0.8, CodeBasis.Documented), (claims[0].Code, claims[0].Confidence, claims[0].Basis));
        Assert.Equal(["Hemoglobin 9.2 g/dL (L)"], claims[1].Evidence);
        Assert.Equal(CodeBasis.LabValue, claims[1].Basis);
        Assert.Null(claims[2].Code);
        Assert.Null(claims[3].Code);
    }

    [Theory]
    [InlineData("""{"codes":"I51.7"}""")]
    [InlineData("""{"code":"I51.7"}""")]
    [InlineData("""null""")]
    public void CodesThatAreNotAListAreAMalformedAnswer(string json)
    {
        Assert.Equal(LlmFailureKind.MalformedOutput, Assert.Throws<LlmCallException>(() => ClaudeAnswerReader.ReadCodes(Json(json))).Kind);
    }

    [Fact]
    public void SummaryIsCutAt400CharactersAndSixKeyFindings()
    {
        var json = JsonSerializer.Serialize(new { summary = new string('a', 450), key_findings = new[] { "1", "2", "3", "4", "5", "6", "7", " " } });

        var summary = ClaudeAnswerReader.ReadSummary(Json(json));

        Assert.Equal(400, summary.Text.Length);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], summary.KeyFindings);
    }
}
