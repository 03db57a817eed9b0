using System.Text;
using System.Text.Json;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>
/// A client written from API.md alone walks the whole contract in order, against the real engine:
/// probes, classify and extract-codes with exact evidence spans on a CBC and a chest X-ray (negated and
/// ruled-out findings never coded), summarize, analyze, eval/quick, txt and PDF upload, list, get,
/// content, delete → 404, every bad input → 4xx problem+json, and the server still healthy afterwards.
/// </summary>
public abstract class OutsideClientWalkTests(MedDocApiFactory factory)
{
    private const string Cbc =
        "COMPLETE BLOOD COUNT\nWBC 12.5 x10^3/uL (4.0-11.0) H\nHemoglobin 9.2 g/dL (13.5-17.5) L\n" +
        "Hematocrit 28.0 % (41.0-53.0) L\nPlatelets 250 x10^3/uL (150-400)\n";

    private const string Cxr =
        "EXAMINATION: PA and lateral views of the chest.\nINDICATION: Rule out pneumonia.\n" +
        "FINDINGS: The heart is enlarged. No pleural effusion or pneumothorax.\nIMPRESSION: Cardiomegaly. No pneumonia.\n";

    private static readonly Dictionary<string, string> Limits = new()
    {
        [EnvironmentVariables.MaxTextChars] = "20000",
        [EnvironmentVariables.MaxUploadMb] = "1",
    };

    public sealed class RealSqliteFactory : SqliteApiFactory
    {
        protected override bool UseRealEngine => true;

        protected override IReadOnlyDictionary<string, string> Settings => Limits;
    }

    public sealed class RealPostgresFactory : PostgresApiFactory
    {
        protected override bool UseRealEngine => true;

        protected override IReadOnlyDictionary<string, string> Settings => Limits;
    }

    public sealed class OnSqlite(RealSqliteFactory factory) : OutsideClientWalkTests(factory), IClassFixture<RealSqliteFactory>;

    public sealed class OnPostgres(RealPostgresFactory factory) : OutsideClientWalkTests(factory), IClassFixture<RealPostgresFactory>;

    [SkippableFact]
    public async Task WalkThroughTheContract()
    {
        var client = factory.CreateClientOrSkip();

        // Probes and docs.
        Assert.Equal("healthy", (await (await client.GetAsync("/health")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("ready", (await (await client.GetAsync("/ready")).JsonAsync()).GetProperty("status").GetString());
        Assert.Contains("# TYPE", await client.GetStringAsync("/metrics"));
        Assert.True((await client.GetAsync("/openapi/v1.json")).IsSuccessStatusCode);
        Assert.True((await client.GetAsync("/docs/")).IsSuccessStatusCode);

        // Classify.
        Assert.Equal("COMPLETE BLOOD COUNT", (await (await client.PostTextAsync("/api/classify", Cbc)).JsonAsync()).GetProperty("document_type").GetString());
        var cxrType = await (await client.PostTextAsync("/api/classify", Cxr)).JsonAsync();
        Assert.Equal("X-RAY", cxrType.GetProperty("document_type").GetString());
        Assert.InRange(cxrType.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Contains(cxrType.GetProperty("source").GetString(), new[] { "rules", "llm" });

        // Extract codes: exact evidence, lab codes for the CBC.
        var cbcCodes = await CodesAsync(client, Cbc);
        Assert.Contains("D64.9", cbcCodes.Keys);
        Assert.Contains("D72.829", cbcCodes.Keys);
        Assert.Equal("lab_value", cbcCodes["D64.9"].GetProperty("basis").GetString());
        Assert.Contains("Hemoglobin 9.2", cbcCodes["D64.9"].GetProperty("evidence")[0].GetString());

        // Extract codes on the X-ray: cardiomegaly coded; negated effusion/pneumothorax and ruled-out pneumonia not.
        var cxrCodes = await CodesAsync(client, Cxr);
        Assert.Contains("I51.7", cxrCodes.Keys);
        Assert.Equal("documented", cxrCodes["I51.7"].GetProperty("basis").GetString());
        Assert.DoesNotContain("J90", cxrCodes.Keys);
        Assert.DoesNotContain("J93.9", cxrCodes.Keys);
        Assert.DoesNotContain("J18.9", cxrCodes.Keys);
        Assert.All(cxrCodes.Values, code => Assert.Equal("present", code.GetProperty("assertion").GetString()));

        // Summarize.
        var summary = await (await client.PostTextAsync("/api/summarize", Cxr)).JsonAsync();
        Assert.Equal(JsonValueKind.String, summary.GetProperty("summary").ValueKind);
        Assert.Equal(JsonValueKind.Array, summary.GetProperty("key_findings").ValueKind);

        // Analyze: the negated and ruled-out findings are there, with their assertions.
        var analysis = await (await client.PostTextAsync("/api/analyze", Cxr)).JsonAsync();
        var findings = analysis.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Contains(findings, finding => finding.GetProperty("concept").GetString()!.Contains("effusion") && finding.GetProperty("assertion").GetString() == "negated");
        Assert.Contains(findings, finding => finding.GetProperty("concept").GetString()!.Contains("pneumonia") && finding.GetProperty("assertion").GetString() != "present");
        Assert.All(findings, finding => AssertVerbatim(Cxr, finding.GetProperty("span")));
        Assert.Equal(cxrCodes.Keys.Order(), analysis.GetProperty("codes").EnumerateArray().Select(code => code.GetProperty("code").GetString()!).Order());

        // Quick evaluation.
        var quick = await (await client.GetAsync("/api/eval/quick")).JsonAsync();
        Assert.Equal(20, quick.GetProperty("num_examples").GetInt32());

        // Documents: txt and PDF upload, list, get, content, delete.
        var txt = Encoding.UTF8.GetBytes(Cxr);
        var pdf = SyntheticPdf.WithLines("EXAMINATION: Chest, 2 views.", "IMPRESSION: Cardiomegaly.");
        var txtDoc = await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(txt, "walk-cxr.txt", "text/plain"))).JsonAsync();
        var pdfResponse = await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(pdf, "walk-cxr.pdf", "application/pdf"));
        Assert.Equal(201, (int)pdfResponse.StatusCode);
        var pdfDoc = await pdfResponse.JsonAsync();
        Assert.Contains("I51.7", pdfDoc.GetProperty("analysis").GetProperty("codes").EnumerateArray().Select(code => code.GetProperty("code").GetString()));
        var page = await (await client.GetAsync("/api/documents?page=1&page_size=2")).JsonAsync();
        Assert.Equal(
            [pdfDoc.GetProperty("id").GetString()!, txtDoc.GetProperty("id").GetString()!],
            page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToArray());
        var txtId = txtDoc.GetProperty("id").GetString();
        Assert.Equal(txtDoc.GetRawText(), (await (await client.GetAsync($"/api/documents/{txtId}")).JsonAsync()).GetRawText());
        Assert.Equal(txt, await client.GetByteArrayAsync($"/api/documents/{txtId}/content"));
        Assert.Equal(pdf, await client.GetByteArrayAsync($"/api/documents/{pdfDoc.GetProperty("id").GetString()}/content"));
        Assert.Equal(204, (int)(await client.DeleteAsync($"/api/documents/{txtId}")).StatusCode);
        Assert.Equal(404, (int)(await client.GetAsync($"/api/documents/{txtId}")).StatusCode);

        // Every bad input: a 4xx problem that says what was wrong.
        await (await client.PostTextAsync("/api/classify", "  ")).AssertProblemAsync(400, "empty_text");
        await (await client.PostTextAsync("/api/extract-codes", new string('a', 20001))).AssertProblemAsync(413, "text_too_long");
        await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(new byte[(1024 * 1024) + 10], "big.txt"))).AssertProblemAsync(413, "upload_too_large");
        await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm([1, 2, 3], "scan.tiff"))).AssertProblemAsync(415, "unsupported_file_type");
        await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(Encoding.ASCII.GetBytes("%PDF-1.4 garbage"), "bad.pdf"))).AssertProblemAsync(422, "unreadable_pdf");
        await (await client.PostRawAsync("/api/analyze", "{not json", "application/json")).AssertProblemAsync(400, "invalid_json");
        await (await client.PostRawAsync("/api/summarize", Cxr, "text/plain")).AssertProblemAsync(415, "unsupported_media_type");
        await (await client.GetAsync($"/api/documents/{Guid.NewGuid()}")).AssertProblemAsync(404, "not_found");
        await (await client.GetAsync("/api/documents?page_size=101")).AssertProblemAsync(400, "invalid_paging");

        // Nothing of the documents reached the logs.
        Assert.DoesNotContain(factory.Logs.Messages, message => message.Contains("heart is enlarged") || message.Contains("Hemoglobin 9.2"));

        // Still healthy, and what was stored is untouched.
        Assert.Equal(200, (int)(await client.GetAsync("/health")).StatusCode);
        Assert.Equal(pdf, await client.GetByteArrayAsync($"/api/documents/{pdfDoc.GetProperty("id").GetString()}/content"));
    }

    private static async Task<Dictionary<string, JsonElement>> CodesAsync(HttpClient client, string text)
    {
        var response = await client.PostJsonAsync("/api/extract-codes", new Dictionary<string, string> { ["document_text"] = text });
        Assert.Equal(200, (int)response.StatusCode);
        var codes = (await response.JsonAsync()).GetProperty("codes").EnumerateArray().ToArray();
        foreach (var code in codes)
        {
            var evidence = code.GetProperty("evidence").EnumerateArray().Select(item => item.GetString()!).ToArray();
            var spans = code.GetProperty("evidence_spans").EnumerateArray().ToArray();
            Assert.NotEmpty(spans);
            Assert.Equal(evidence, spans.Select(span => span.GetProperty("text").GetString()!).ToArray());
            Assert.All(spans, span => AssertVerbatim(text, span));
        }
        return codes.ToDictionary(code => code.GetProperty("code").GetString()!);
    }

    /// <summary>text[start:end] == span.text, counting code points as a Python client does.</summary>
    private static void AssertVerbatim(string text, JsonElement span)
    {
        var codePoints = text.EnumerateRunes().Select(rune => rune.ToString()).ToArray();
        var slice = string.Concat(codePoints[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        Assert.Equal(span.GetProperty("text").GetString(), slice);
    }
}
