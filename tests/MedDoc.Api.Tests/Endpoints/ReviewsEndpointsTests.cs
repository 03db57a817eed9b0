using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>
/// GET/PUT /api/documents/{id}/review, GET /api/reviews/stats and /api/reviews/export. The fake analysis
/// suggests I51.7 for "Cardiomegaly" and D64.9 for "Hemoglobin 9.2 g/dL".
/// </summary>
public abstract class ReviewsEndpointsTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(SqliteApiFactory factory) : ReviewsEndpointsTests(factory), IClassFixture<SqliteApiFactory>;

    public sealed class OnPostgres(PostgresApiFactory factory) : ReviewsEndpointsTests(factory), IClassFixture<PostgresApiFactory>;

    private const string Report = "FINDINGS: Cardiomegaly. Right lower lobe pneumonia.\nHemoglobin 9.2 g/dL (13.5-17.5) L";

    private static object Accept(string code) => new { code, decision = "accepted" };

    private static object Reject(string code, string reason) => new { code, decision = "rejected", reason };

    private static object Add(string code, string text, string phrase, string? note = null)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        return new { code, evidence = new { start, end = start + phrase.Length }, note };
    }

    private async Task<(HttpClient Client, string Id)> UploadAsync(string text = Report)
    {
        var client = factory.CreateClientOrSkip();
        var created = await client.PostTextAsync("/api/documents", text);
        Assert.Equal(201, (int)created.StatusCode);
        return (client, (await created.JsonAsync()).GetProperty("id").GetString()!);
    }

    private static Task<HttpResponseMessage> PutReviewAsync(HttpClient client, string id, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/documents/{id}/review")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    [SkippableFact]
    public async Task DocumentWithoutReviewAnswersRevisionZeroUnreviewed()
    {
        var (client, id) = await UploadAsync();

        var response = await client.GetAsync($"/api/documents/{id}/review");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("\"0\"", response.Headers.ETag?.ToString());
        var body = await response.JsonAsync();
        Assert.Equal(id, body.GetProperty("document_id").GetString());
        Assert.Equal(0, body.GetProperty("revision").GetInt32());
        Assert.Equal("unreviewed", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("current").ValueKind);
        Assert.Equal(0, body.GetProperty("history").GetArrayLength());
    }

    [SkippableFact]
    public async Task SavedReviewIsStoredWithReviewerEngineVersionAndFinalCodes()
    {
        var (client, id) = await UploadAsync();

        var response = await PutReviewAsync(client, id, new
        {
            base_revision = 0,
            status = "reviewed",
            decisions = new[] { Accept("I51.7"), Reject("D64.9", "not_documented") },
            added_codes = new[] { Add("J18.9", Report, "Right lower lobe pneumonia", "RLL") },
            note = "Checked against the film.",
        });

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.ToString());
        var current = (await client.GetAsync($"/api/documents/{id}/review").Result.JsonAsync()).GetProperty("current");
        Assert.Equal(1, current.GetProperty("revision").GetInt32());
        Assert.Equal("local", current.GetProperty("reviewer").GetString());
        Assert.Equal("reviewed", current.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(current.GetProperty("engine_version").GetString()));
        Assert.True(current.GetProperty("reviewed_at").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal("COMPLETE BLOOD COUNT", current.GetProperty("document_type").GetString());
        Assert.Equal(["I51.7", "J18.9"], current.GetProperty("final_codes").EnumerateArray().Select(code => code.GetString()));
        var rejected = current.GetProperty("decisions")[1];
        Assert.Equal("rejected", rejected.GetProperty("decision").GetString());
        Assert.Equal("not_documented", rejected.GetProperty("reason").GetString());
        Assert.Equal("lab_value", rejected.GetProperty("basis").GetString());
        var added = current.GetProperty("added_codes")[0];
        Assert.Equal("Pneumonia, unspecified organism", added.GetProperty("title").GetString());
        Assert.Equal("Right lower lobe pneumonia", added.GetProperty("evidence").GetProperty("text").GetString());
        Assert.Equal("RLL", added.GetProperty("note").GetString());
        Assert.Equal("Checked against the film.", current.GetProperty("note").GetString());
    }

    [SkippableFact]
    public async Task EverySaveIsKeptAsHistoryWithWhatChanged()
    {
        var (client, id) = await UploadAsync();
        await PutReviewAsync(client, id, new { base_revision = 0, decisions = new[] { Accept("I51.7") } });

        await PutReviewAsync(client, id, new
        {
            base_revision = 1,
            status = "reviewed",
            decisions = new[] { Reject("I51.7", "negated"), new { code = "D64.9", decision = "corrected", corrected_code = "D50.9" } },
        });

        var body = await (await client.GetAsync($"/api/documents/{id}/review")).JsonAsync();
        Assert.Equal(2, body.GetProperty("revision").GetInt32());
        var history = body.GetProperty("history");
        Assert.Equal([2, 1], history.EnumerateArray().Select(revision => revision.GetProperty("revision").GetInt32()));
        Assert.Equal("in_progress", history[1].GetProperty("status").GetString());
        var changes = history[0].GetProperty("changes").EnumerateArray()
            .Select(change => $"{change.GetProperty("code").GetString()}: {change.GetProperty("before").GetString() ?? "-"} -> {change.GetProperty("after").GetString()}");
        Assert.Equal(["I51.7: accepted -> rejected (negated)", "D64.9: - -> corrected to D50.9"], changes);
        Assert.Equal("Iron deficiency anemia, unspecified", history[0].GetProperty("decisions")[1].GetProperty("corrected_title").GetString());
        Assert.Equal(["D50.9"], history[0].GetProperty("final_codes").EnumerateArray().Select(code => code.GetString()));
    }

    [SkippableFact]
    public async Task StaleBaseRevisionIsAConflictAndStoresNothing()
    {
        var (client, id) = await UploadAsync();
        await PutReviewAsync(client, id, new { base_revision = 0, decisions = new[] { Accept("I51.7") } });

        var stale = await PutReviewAsync(client, id, new { base_revision = 0, decisions = new[] { Reject("I51.7", "other") } });

        var problem = await stale.AssertProblemAsync(409, "review_conflict");
        Assert.Contains("revision 1", problem.GetProperty("detail").GetString());
        var body = await (await client.GetAsync($"/api/documents/{id}/review")).JsonAsync();
        Assert.Equal(1, body.GetProperty("revision").GetInt32());
        Assert.Equal("accepted", body.GetProperty("current").GetProperty("decisions")[0].GetProperty("decision").GetString());
    }

    [SkippableFact]
    public async Task IfMatchWithTheCurrentETagSavesAndAStaleOneIsPreconditionFailed()
    {
        var (client, id) = await UploadAsync();
        var etag = (await client.GetAsync($"/api/documents/{id}/review")).Headers.ETag!.ToString();

        var saved = await PutReviewAsync(client, id, new { decisions = new[] { Accept("I51.7") } }, ifMatch: etag);
        var stale = await PutReviewAsync(client, id, new { decisions = new[] { Accept("D64.9") } }, ifMatch: etag);

        Assert.Equal(200, (int)saved.StatusCode);
        await stale.AssertProblemAsync(412, "precondition_failed");
    }

    [SkippableFact]
    public async Task SaveWithoutAnyVersionIsPreconditionRequired()
    {
        var (client, id) = await UploadAsync();

        var response = await PutReviewAsync(client, id, new { decisions = new[] { Accept("I51.7") } });

        await response.AssertProblemAsync(428, "precondition_required");
    }

    [SkippableFact]
    public async Task ConcurrentSavesFromTheSameRevisionStoreExactlyOne()
    {
        var (client, id) = await UploadAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            PutReviewAsync(client, id, new { base_revision = 0, decisions = new[] { Accept("I51.7") } })));

        Assert.Equal(1, responses.Count(response => (int)response.StatusCode == 200));
        Assert.All(responses.Where(response => (int)response.StatusCode != 200), response => Assert.Equal(409, (int)response.StatusCode));
        var body = await (await client.GetAsync($"/api/documents/{id}/review")).JsonAsync();
        Assert.Equal(1, body.GetProperty("history").GetArrayLength());
    }

    public static TheoryData<string, string> InvalidReviews => new()
    {
        { """{"base_revision":0,"decisions":[{"code":"J90","decision":"accepted"}]}""", "not a code suggested" },
        { """{"base_revision":0,"decisions":[{"code":"I51.7","decision":"accepted"},{"code":"i517","decision":"rejected"}]}""", "already has a decision" },
        { """{"base_revision":0,"decisions":[{"code":"I51.7"}]}""", "decision is missing" },
        { """{"base_revision":0,"decisions":[{"code":"I51.7","decision":"accepted","reason":"negated"}]}""", "only for a rejected" },
        { """{"base_revision":0,"decisions":[{"code":"I51.7","decision":"corrected"}]}""", "corrected_code is missing" },
        { """{"base_revision":0,"decisions":[{"code":"I51.7","decision":"corrected","corrected_code":"E11"}]}""", "category header" },
        { """{"base_revision":0,"decisions":[{"code":"I51.7","decision":"corrected","corrected_code":"Q99.99"}]}""", "not an ICD-10-CM code" },
        { """{"base_revision":0,"status":"reviewed","decisions":[{"code":"I51.7","decision":"accepted"}]}""", "missing: D64.9" },
        { """{"base_revision":0,"status":"unreviewed"}""", "status must be" },
        { """{"base_revision":0,"document_type":"RADIOGRAPH"}""", "document_type" },
        { """{"base_revision":0,"added_codes":[{"code":"J18.9","evidence":{"start":5,"end":5000}}]}""", "code points" },
        { """{"base_revision":0,"added_codes":[{"code":"J18.9"}]}""", "evidence" },
        { """{"base_revision":0,"added_codes":[{"code":"I51.7","evidence":{"start":0,"end":8}}]}""", "already suggested" },
        { """{"base_revision":0,"added_codes":[{"code":"J18.9","evidence":{"start":9,"end":10}}]}""", "only white space" },
    };

    [SkippableTheory]
    [MemberData(nameof(InvalidReviews))]
    public async Task InvalidReviewIsAProblemNamingTheFieldAndStoresNothing(string body, string expected)
    {
        var (client, id) = await UploadAsync();

        var response = await client.PutAsync($"/api/documents/{id}/review", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(400, "invalid_review");
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("Cardiomegaly", problem.GetProperty("detail").GetString());
        Assert.Equal(0, (await (await client.GetAsync($"/api/documents/{id}/review")).JsonAsync()).GetProperty("revision").GetInt32());
    }

    [SkippableTheory]
    [InlineData("""{"base_revision":0,"decisions":[{"code":"I51.7","decision":"maybe"}]}""")]
    [InlineData("""{"base_revision":"one"}""")]
    [InlineData("not json")]
    public async Task MalformedJsonIsAnInvalidJsonProblem(string body)
    {
        var (client, id) = await UploadAsync();

        var response = await client.PutAsync($"/api/documents/{id}/review", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(400, "invalid_json");
    }

    [SkippableFact]
    public async Task UnknownDocumentIsNotFound()
    {
        var client = factory.CreateClientOrSkip();
        var id = Guid.NewGuid();

        await (await client.GetAsync($"/api/documents/{id}/review")).AssertProblemAsync(404, "not_found");
        await (await PutReviewAsync(client, id.ToString(), new { base_revision = 0 })).AssertProblemAsync(404, "not_found");
    }

    [SkippableFact]
    public async Task DeletingTheDocumentDeletesItsReview()
    {
        var (client, id) = await UploadAsync();
        await PutReviewAsync(client, id, new { base_revision = 0, decisions = new[] { Accept("I51.7") } });

        await client.DeleteAsync($"/api/documents/{id}");

        await (await client.GetAsync($"/api/documents/{id}/review")).AssertProblemAsync(404, "not_found");
    }

    [SkippableFact]
    public async Task AddedEvidenceCountsCodePointsLikeAPythonClient()
    {
        const string text = "FINDINGS: 😀 Cardiomegaly. Pneumonia.";
        var (client, id) = await UploadAsync(text);
        var start = "FINDINGS: 😀 Cardiomegaly. ".EnumerateRunes().Count();

        var response = await PutReviewAsync(client, id, new
        {
            base_revision = 0,
            added_codes = new[] { new { code = "J18.9", evidence = new { start, end = start + "Pneumonia".Length } } },
        });

        Assert.Equal(200, (int)response.StatusCode);
        var evidence = (await response.JsonAsync()).GetProperty("current").GetProperty("added_codes")[0].GetProperty("evidence");
        Assert.Equal("Pneumonia", evidence.GetProperty("text").GetString());
        Assert.Equal(start, evidence.GetProperty("start").GetInt32());
    }

    [SkippableFact]
    public async Task FhirExportConfirmsAcceptedAndRefutesRejectedCodesOnceReviewed()
    {
        var (client, id) = await UploadAsync();
        await PutReviewAsync(client, id, new { base_revision = 0, decisions = new[] { Accept("I51.7"), Reject("D64.9", "not_documented") } });
        var draft = await VerificationStatusesAsync(client, id);

        await PutReviewAsync(client, id, new { base_revision = 1, status = "reviewed", decisions = new[] { Accept("I51.7"), Reject("D64.9", "not_documented") } });
        var reviewed = await VerificationStatusesAsync(client, id);

        Assert.Equal("D64.9 provisional, I51.7 provisional", draft);
        Assert.Equal("D64.9 refuted, I51.7 confirmed", reviewed);
    }

    /// <summary>"code verificationStatus" of every Condition in the document's FHIR bundle, by code.</summary>
    private static async Task<string> VerificationStatusesAsync(HttpClient client, string id)
    {
        var bundle = await (await client.GetAsync($"/api/documents/{id}/fhir")).JsonAsync();
        var statuses = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in bundle.GetProperty("entry").EnumerateArray().Select(entry => entry.GetProperty("resource")))
        {
            if (resource.GetProperty("resourceType").GetString() == "Condition")
            {
                statuses[resource.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString()!] =
                    resource.GetProperty("verificationStatus").GetProperty("coding")[0].GetProperty("code").GetString()!;
            }
        }
        return string.Join(", ", statuses.Select(status => $"{status.Key} {status.Value}"));
    }

    [SkippableFact]
    public async Task StatsAndExportCountOnlyTheLatestRevisionOfReviewedDocuments()
    {
        var (client, reviewed) = await UploadAsync();
        var (_, unfinished) = await UploadAsync("FINDINGS: Cardiomegaly.");
        await PutReviewAsync(client, reviewed, new { base_revision = 0, status = "reviewed", decisions = new[] { Reject("I51.7", "other"), Accept("D64.9") } });
        await PutReviewAsync(client, reviewed, new
        {
            base_revision = 1,
            status = "reviewed",
            decisions = new[] { Accept("I51.7"), Reject("D64.9", "not_documented") },
            added_codes = new[] { Add("J18.9", Report, "pneumonia") },
        });
        await PutReviewAsync(client, unfinished, new { base_revision = 0, decisions = new[] { Reject("I51.7", "negated") } });

        var stats = await (await client.GetAsync("/api/reviews/stats")).JsonAsync();
        var export = await client.GetAsync("/api/reviews/export");

        var overall = stats.GetProperty("overall");
        var mine = stats.GetProperty("by_code").EnumerateArray().Single(code => code.GetProperty("code").GetString() == "D64.9");
        Assert.True(overall.GetProperty("documents").GetInt32() >= 1);
        Assert.True(mine.GetProperty("rejection_reasons").GetProperty("not_documented").GetInt32() >= 1);
        Assert.Contains(stats.GetProperty("missed").EnumerateArray(), code => code.GetProperty("code").GetString() == "J18.9");
        Assert.Contains(stats.GetProperty("by_basis").EnumerateArray(), group => group.GetProperty("key").GetString() == "lab_value");
        Assert.Contains(stats.GetProperty("by_document_type").EnumerateArray(), group => group.GetProperty("key").GetString() == "COMPLETE BLOOD COUNT");
        Assert.Equal("application/x-ndjson", export.Content.Headers.ContentType?.MediaType);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var line = lines.Single(record => record.GetProperty("id").GetString() == reviewed);
        Assert.DoesNotContain(lines, record => record.GetProperty("id").GetString() == unfinished);
        Assert.Equal(Report, line.GetProperty("document_text").GetString());
        Assert.Equal("COMPLETE BLOOD COUNT", line.GetProperty("expected_type").GetString());
        Assert.Equal(["I51.7", "J18.9"], line.GetProperty("expected_codes").EnumerateArray().Select(code => code.GetString()));
        Assert.Equal(2, line.GetProperty("revision").GetInt32());
    }

    [SkippableFact]
    public async Task MeddocEvalFromReviewsScoresTheExportOfReviewsMadeHere()
    {
        var (client, id) = await UploadAsync();
        await PutReviewAsync(client, id, new
        {
            base_revision = 0,
            status = "reviewed",
            decisions = new[] { Accept("I51.7"), Reject("D64.9", "not_documented") },
            added_codes = new[] { Add("J18.9", Report, "Right lower lobe pneumonia") },
        });
        var folder = Directory.CreateTempSubdirectory("meddoc-from-reviews-").FullName;
        var exportPath = Path.Combine(folder, "reviews.jsonl");
        await File.WriteAllBytesAsync(exportPath, await client.GetByteArrayAsync("/api/reviews/export"));
        var thresholds = Path.Combine(folder, "thresholds.json");
        await File.WriteAllTextAsync(thresholds, """{"accuracy": 0.0, "f1": 0.0}""");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await MedDoc.Cli.CliApp.RunAsync(
            ["eval", "--from-reviews", exportPath, "--thresholds", thresholds, "--out", Path.Combine(folder, "out")], output, error);

        Assert.True(exitCode == 0, error.ToString());
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "out", "report.json")));
        var scored = report.RootElement.GetProperty("documents").EnumerateArray().Single(document => document.GetProperty("id").GetString() == id);
        Assert.Equal(["I51.7", "J18.9"], scored.GetProperty("expected_codes").EnumerateArray().Select(code => code.GetString()));
        Assert.Equal("COMPLETE BLOOD COUNT", scored.GetProperty("expected_type").GetString());
        Assert.Contains("J18.9", scored.GetProperty("exact").GetRawText());
    }
}
