using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Testing;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>
/// web/openapi/v1.json is the API's OpenAPI document as the running API serves it; the UI's types are generated
/// from it. This test fails when the file is stale. After changing an endpoint or a contract, regenerate both with
/// <c>scripts/generate-openapi.sh</c> (this test with MEDDOC_UPDATE_OPENAPI=1, then <c>npm run generate:api</c> in web/).
/// </summary>
public sealed class OpenApiSnapshotTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    public const string UpdateVariable = "MEDDOC_UPDATE_OPENAPI";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task CommittedSnapshotEqualsTheServedDocument()
    {
        var served = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        var expected = JsonNode.Parse(served)!.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
        var path = RepositoryFiles.PathOf("web", "openapi", "v1.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with {UpdateVariable}=1 to write it.");
        Assert.True(expected == await File.ReadAllTextAsync(path),
            "web/openapi/v1.json is stale: regenerate it and the UI types with scripts/generate-openapi.sh.");
    }

    [Fact]
    public async Task ServedDocumentDescribesTheReviewLoop()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(pair => pair.Key).ToList();
        Assert.Contains("/api/codes", paths);
        Assert.Contains("/api/documents/{id}/review", paths);
        Assert.Contains("/api/reviews/stats", paths);
        Assert.Contains("/api/reviews/export", paths);
    }
}
