using System.Text.Json;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>POST /api/classify, /api/extract-codes, /api/summarize, /api/analyze: the HTTP layer over a fake pipeline.</summary>
public abstract class AnalysisEndpointsTests(MedDocApiFactory factory)
{
    private const string Cxr = "FINDINGS: Cardiomegaly. No pleural effusion.";
    private const string Cbc = "CBC\nHemoglobin 9.2 g/dL (13.5-17.5) L\n";

    public sealed class OnSqlite(SqliteApiFactory factory) : AnalysisEndpointsTests(factory), IClassFixture<SqliteApiFactory>;

    public sealed class OnPostgres(PostgresApiFactory factory) : AnalysisEndpointsTests(factory), IClassFixture<PostgresApiFactory>;

    [SkippableFact]
    public async Task ClassifyReturnsLabelConfidenceRationaleAndSource()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/classify", Cbc);

        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("COMPLETE BLOOD COUNT", body.GetProperty("document_type").GetString());
        Assert.Equal(0.9, body.GetProperty("confidence").GetDouble());
        Assert.Equal("Fake: COMPLETE BLOOD COUNT", body.GetProperty("rationale").GetString());
        Assert.Equal("rules", body.GetProperty("source").GetString());
    }

    [SkippableFact]
    public async Task ExtractCodesReturnsVerbatimEvidenceWithSnakeCaseEnums()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/extract-codes", Cbc);

        var code = Assert.Single((await response.JsonAsync()).GetProperty("codes").EnumerateArray());
        Assert.Equal("D64.9", code.GetProperty("code").GetString());
        Assert.Equal("Anemia, unspecified", code.GetProperty("description").GetString());
        Assert.Equal("Hemoglobin 9.2 g/dL", Assert.Single(code.GetProperty("evidence").EnumerateArray()).GetString());
        var span = Assert.Single(code.GetProperty("evidence_spans").EnumerateArray());
        Assert.Equal(4, span.GetProperty("start").GetInt32());
        Assert.Equal(23, span.GetProperty("end").GetInt32());
        Assert.Equal(Cbc[4..23], span.GetProperty("text").GetString());
        Assert.Equal("lab_value", code.GetProperty("basis").GetString());
        Assert.Equal("present", code.GetProperty("assertion").GetString());
    }

    [SkippableFact]
    public async Task EvidenceOffsetsCountCodePointsAfterAnAstralCharacter()
    {
        const string text = "Note 😀: Cardiomegaly.";

        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/extract-codes", text);

        var span = (await response.JsonAsync()).GetProperty("codes")[0].GetProperty("evidence_spans")[0];
        var codePoints = text.EnumerateRunes().Select(rune => rune.ToString()).ToArray();
        var start = span.GetProperty("start").GetInt32();
        var end = span.GetProperty("end").GetInt32();
        Assert.Equal(8, start);
        Assert.Equal("Cardiomegaly", string.Concat(codePoints[start..end]));
    }

    [SkippableFact]
    public async Task NegatedCodeAndCodeWithoutVerbatimEvidenceAreNotReturned()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/extract-codes", Cxr);

        var codes = (await response.JsonAsync()).GetProperty("codes").EnumerateArray().Select(code => code.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(["I51.7"], codes);
    }

    [SkippableFact]
    public async Task ExtractCodesUsesTheGivenDocumentType()
    {
        var response = await factory.CreateClientOrSkip().PostJsonAsync("/api/extract-codes",
            new Dictionary<string, string> { ["document_text"] = Cbc, ["document_type"] = "clinical note" });

        Assert.Equal("CLINICAL NOTE", (await response.JsonAsync()).GetProperty("document_type").GetString());
    }

    [SkippableFact]
    public async Task ExtractCodesWithoutDocumentTypeClassifiesFirst()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/extract-codes", Cxr);

        Assert.Equal("X-RAY", (await response.JsonAsync()).GetProperty("document_type").GetString());
    }

    [SkippableFact]
    public async Task UnknownDocumentTypeIsProblem()
    {
        var response = await factory.CreateClientOrSkip().PostJsonAsync("/api/extract-codes",
            new Dictionary<string, string> { ["document_text"] = Cbc, ["document_type"] = "SPECTROSCOPY" });

        var problem = await response.AssertProblemAsync(400, "invalid_document_type");
        Assert.Contains("X-RAY", problem.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task SummarizeReturnsSummaryAndKeyFindings()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/summarize", Cxr);

        var body = await response.JsonAsync();
        Assert.Equal("Summary of a synthetic report.", body.GetProperty("summary").GetString());
        Assert.Equal(["cardiomegaly"], body.GetProperty("key_findings").EnumerateArray().Select(item => item.GetString()!).ToArray());
    }

    [SkippableFact]
    public async Task AnalyzeReturnsEveryPartWithAssertionsAndFlags()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/analyze", Cxr + "\n" + Cbc);

        var body = await response.JsonAsync();
        Assert.Equal("COMPLETE BLOOD COUNT", body.GetProperty("classification").GetProperty("document_type").GetString());
        Assert.Equal("body", body.GetProperty("sections")[0].GetProperty("category").GetString());
        var lab = Assert.Single(body.GetProperty("lab_results").EnumerateArray());
        Assert.Equal("low", lab.GetProperty("flag").GetString());
        Assert.Equal(13.5, lab.GetProperty("reference_range").GetProperty("low").GetDouble());
        var assertions = body.GetProperty("findings").EnumerateArray()
            .ToDictionary(finding => finding.GetProperty("concept_id").GetString()!, finding => finding.GetProperty("assertion").GetString());
        Assert.Equal("present", assertions["cardiomegaly"]);
        Assert.Equal("negated", assertions["pleural_effusion"]);
        Assert.Equal(["I51.7", "D64.9"], body.GetProperty("codes").EnumerateArray().Select(code => code.GetProperty("code").GetString()!).ToArray());
        Assert.Equal("Summary of a synthetic report.", body.GetProperty("summary").GetProperty("summary").GetString());
        Assert.Equal("rules", body.GetProperty("source").GetString());
    }

    [SkippableTheory]
    [InlineData("/api/classify")]
    [InlineData("/api/extract-codes")]
    [InlineData("/api/summarize")]
    [InlineData("/api/analyze")]
    public async Task EmptyTextIsProblemDetails(string path)
    {
        var client = factory.CreateClientOrSkip();

        await (await client.PostTextAsync(path, " \n\t ")).AssertProblemAsync(400, "empty_text");
        await (await client.PostJsonAsync(path, new Dictionary<string, string>())).AssertProblemAsync(400, "empty_text");
    }

    [SkippableTheory]
    [InlineData("/api/classify")]
    [InlineData("/api/analyze")]
    public async Task InvalidJsonIsProblemDetails(string path)
    {
        var client = factory.CreateClientOrSkip();

        await (await client.PostRawAsync(path, "{\"document_text\": ", "application/json")).AssertProblemAsync(400, "invalid_json");
        await (await client.PostRawAsync(path, "{\"document_text\": 42}", "application/json")).AssertProblemAsync(400, "invalid_json");
        await (await client.PostRawAsync(path, "", "application/json")).AssertProblemAsync(400, "invalid_json");
    }

    [SkippableTheory]
    [InlineData("/api/extract-codes")]
    [InlineData("/api/summarize")]
    public async Task WrongContentTypeIsProblemDetails(string path)
    {
        var response = await factory.CreateClientOrSkip().PostRawAsync(path, "Cardiomegaly.", "text/plain");

        await response.AssertProblemAsync(415, "unsupported_media_type");
    }

    [SkippableFact]
    public async Task ProblemsNeverQuoteTheDocument()
    {
        const string secret = "Patient Zed Quux has a rare secretword condition";
        var client = factory.CreateClientOrSkip();

        var responses = new[]
        {
            await client.PostRawAsync("/api/analyze", "{\"document_text\": \"" + secret + "\", ", "application/json"),
            await client.PostJsonAsync("/api/extract-codes", new Dictionary<string, string> { ["document_text"] = secret, ["document_type"] = "NOPE" }),
        };

        foreach (var response in responses)
        {
            Assert.DoesNotContain("secretword", await response.Content.ReadAsStringAsync());
        }
    }

    [SkippableFact]
    public async Task UnknownApiPathIsNotFoundProblem()
    {
        var response = await factory.CreateClientOrSkip().GetAsync("/api/no-such-endpoint");

        await response.AssertProblemAsync(404, "not_found");
    }

    [SkippableFact]
    public async Task LogsNeverContainDocumentText()
    {
        const string secret = "Cardiomegaly. Zyxwvut pleural effusion.";
        var client = factory.CreateClientOrSkip();

        await client.PostTextAsync("/api/analyze", secret);
        await client.PostTextAsync("/api/documents", secret);
        await client.PostRawAsync("/api/classify", "{\"document_text\": \"" + secret + "\"", "application/json");
        await client.PostJsonAsync("/api/extract-codes", new Dictionary<string, string> { ["document_text"] = secret, ["document_type"] = "Zyxwvut" });

        Assert.NotEmpty(factory.Logs.Messages);
        Assert.DoesNotContain(factory.Logs.Messages, message => message.Contains("Zyxwvut", StringComparison.Ordinal));
    }
}
