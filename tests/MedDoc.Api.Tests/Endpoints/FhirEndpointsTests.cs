// The FHIR SDK's model is nullable throughout; these tests assert on its shape and a null fails them.
#nullable disable warnings

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Fhir;
using MedDoc.Fhir.Tests.Support;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>GET /api/documents/{id}/fhir and POST /api/analyze?format=fhir, on the real engine.</summary>
public abstract class FhirEndpointsTests(MedDocApiFactory factory)
{
    private const string ChestReport = """
        EXAMINATION: PA and lateral views of the chest.
        FINDINGS: The heart is enlarged. Small left pleural effusion. No pneumothorax.
        IMPRESSION: Cardiomegaly. Small left pleural effusion. No pneumothorax.
        """;

    public sealed class OnSqlite(OnSqlite.Factory factory) : FhirEndpointsTests(factory), IClassFixture<OnSqlite.Factory>
    {
        public sealed class Factory : SqliteApiFactory
        {
            protected override bool UseRealEngine => true;
        }
    }

    public sealed class OnPostgres(OnPostgres.Factory factory) : FhirEndpointsTests(factory), IClassFixture<OnPostgres.Factory>
    {
        public sealed class Factory : PostgresApiFactory
        {
            protected override bool UseRealEngine => true;
        }
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task StoredDocumentAnswersAValidBundleOfItsAnalysis()
    {
        var client = factory.CreateClientOrSkip();
        var upload = await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(Encoding.UTF8.GetBytes(ChestReport), "chest.txt", "text/plain"))).JsonAsync();
        var id = upload.GetProperty("id").GetString();

        var response = await client.GetAsync($"/api/documents/{id}/fhir");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var bundle = FhirJson.Parse<Bundle>(await response.Content.ReadAsStringAsync());
        Assert.Empty(FhirValidation.Errors(bundle));
        var storedCodes = upload.GetProperty("analysis").GetProperty("codes").EnumerateArray().Select(code => code.GetProperty("code").GetString());
        Assert.Equal(storedCodes.Order(), Conditions(bundle).Select(condition => condition.Code.Coding[0].Code).Order());
        var reference = Assert.Single(bundle.Entry.Select(entry => entry.Resource).OfType<DocumentReference>());
        Assert.Equal(upload.GetProperty("sha256").GetString(), reference.MasterIdentifier.Value);
        Assert.Equal(id, reference.Identifier[0].Value);
        Assert.EndsWith($"/api/documents/{id}/content", reference.Content[0].Attachment.Url, StringComparison.Ordinal);
        Assert.Single(bundle.Entry.Select(entry => entry.Resource).OfType<DiagnosticReport>());
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task StoredEvidenceOffsetsAreTheDocumentsCodePointOffsets()
    {
        var client = factory.CreateClientOrSkip();
        var upload = await (await client.PostTextAsync("/api/documents", "Note 😀 😀: Cardiomegaly.")).JsonAsync();
        var storedSpan = upload.GetProperty("analysis").GetProperty("codes")[0].GetProperty("evidence_spans")[0];

        var bundle = FhirJson.Parse<Bundle>(await client.GetStringAsync($"/api/documents/{upload.GetProperty("id").GetString()}/fhir"));

        var evidence = Assert.Single(Conditions(bundle)).GetExtension(MedDocExtensions.Evidence);
        Assert.Equal(storedSpan.GetProperty("start").GetInt32(), ((Integer)evidence.GetExtension("start").Value).Value);
        Assert.Equal(storedSpan.GetProperty("end").GetInt32(), ((Integer)evidence.GetExtension("end").Value).Value);
        Assert.Equal("Cardiomegaly", ((FhirString)evidence.GetExtension("text").Value).Value);
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task PdfDocumentBundleHashesTheOriginalPdf()
    {
        var client = factory.CreateClientOrSkip();
        var pdf = SyntheticPdf.WithLines("CHEST RADIOGRAPH", "FINDINGS: Cardiomegaly.");
        var upload = await (await client.PostAsync("/api/documents", HttpTestExtensions.FileForm(pdf, "report.pdf", "application/pdf"))).JsonAsync();

        var bundle = FhirJson.Parse<Bundle>(await client.GetStringAsync($"/api/documents/{upload.GetProperty("id").GetString()}/fhir"));

        var attachment = bundle.Entry.Select(entry => entry.Resource).OfType<DocumentReference>().Single().Content[0].Attachment;
        Assert.Equal(("application/pdf", pdf.Length), (attachment.ContentType, attachment.SizeUnsignedInt));
        Assert.Equal(SHA1.HashData(pdf), attachment.Hash);
        Assert.Empty(FhirValidation.Errors(bundle));
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task UnknownDocumentAnswers404Problem()
    {
        var response = await factory.CreateClientOrSkip().GetAsync($"/api/documents/{Guid.NewGuid()}/fhir");

        await response.AssertProblemAsync(404, "not_found");
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task MalformedIdAnswers404Problem()
    {
        var response = await factory.CreateClientOrSkip().GetAsync("/api/documents/not-a-guid/fhir");

        await response.AssertProblemAsync(404, "not_found");
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task DeletedDocumentHasNoBundle()
    {
        var client = factory.CreateClientOrSkip();
        var id = (await (await client.PostTextAsync("/api/documents", ChestReport)).JsonAsync()).GetProperty("id").GetString();
        await client.DeleteAsync($"/api/documents/{id}");

        var response = await client.GetAsync($"/api/documents/{id}/fhir");

        await response.AssertProblemAsync(404, "not_found");
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task AnalyzeWithFormatFhirAnswersAValidBundle()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/analyze?format=fhir", ChestReport);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var bundle = FhirJson.Parse<Bundle>(await response.Content.ReadAsStringAsync());
        Assert.Empty(FhirValidation.Errors(bundle));
        Assert.Equal(["I51.7", "J90"], Conditions(bundle).Select(condition => condition.Code.Coding[0].Code).Order());
        var reference = bundle.Entry.Select(entry => entry.Resource).OfType<DocumentReference>().Single();
        Assert.Empty(reference.Identifier);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ChestReport))), reference.MasterIdentifier.Value);
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task AnalyzeWithFormatJsonAnswersTheUsualResult()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/analyze?format=json", ChestReport);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JsonValueKind.Array, (await response.JsonAsync()).GetProperty("codes").ValueKind);
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task UnknownFormatAnswers400Problem()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/analyze?format=hl7v2", ChestReport);

        var problem = await response.AssertProblemAsync(400, "invalid_format");
        Assert.Contains("fhir", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async System.Threading.Tasks.Task EmptyTextWithFormatFhirAnswers400Problem()
    {
        var response = await factory.CreateClientOrSkip().PostTextAsync("/api/analyze?format=fhir", "   ");

        await response.AssertProblemAsync(400, "empty_text");
    }

    private static Condition[] Conditions(Bundle bundle) => bundle.Entry.Select(entry => entry.Resource).OfType<Condition>().ToArray();
}
