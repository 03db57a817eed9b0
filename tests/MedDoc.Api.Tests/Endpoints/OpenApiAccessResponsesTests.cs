using System.Text.Json.Nodes;
using MedDoc.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>
/// The OpenAPI document declares what the pipeline answers before an endpoint runs: 429 with Retry-After on every
/// rate-limited route, 401/403 and the accepted credentials on every route that needs a caller. The expectations
/// come from the endpoints' own metadata, so a new route is checked without editing this test.
/// </summary>
public sealed class OpenApiAccessResponsesTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task EveryApiOperationDeclaresA429ProblemWithRetryAfter()
    {
        var document = await ServedDocumentAsync();

        var apiOperations = Operations(document).Where(operation => operation.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(apiOperations);
        Assert.All(apiOperations, operation =>
        {
            var refused = operation.Node["responses"]?["429"];
            Assert.True(refused is not null, $"{operation.Method} {operation.Path} does not declare 429");
            Assert.Equal("#/components/schemas/ProblemDetails", (string?)refused["content"]?["application/problem+json"]?["schema"]?["$ref"]);
            var retryAfter = refused["headers"]?["Retry-After"];
            Assert.True(retryAfter is not null, $"{operation.Method} {operation.Path}: 429 without a Retry-After header");
            Assert.Equal("integer", (string?)retryAfter["schema"]?["type"]);
        });
        Assert.NotNull(document["components"]?["schemas"]?["ProblemDetails"]);
    }

    [Fact]
    public async Task ProbesDeclareNo429BecauseTheyAreNeverLimited()
    {
        var document = await ServedDocumentAsync();

        Assert.Null(document["paths"]?["/health"]?["get"]?["responses"]?["429"]);
        Assert.Null(document["paths"]?["/ready"]?["get"]?["responses"]?["429"]);
    }

    [Fact]
    public async Task RoutesThatNeedACallerDeclare401TheCredentialsTheyAcceptAnd403WhereARoleIsNeeded()
    {
        var document = await ServedDocumentAsync();
        var byOperationId = Operations(document).Where(operation => operation.Id is not null).ToDictionary(operation => operation.Id!);
        var named = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(endpoint => (Name: endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, endpoint.Metadata))
            .Where(endpoint => endpoint.Name is not null && byOperationId.ContainsKey(endpoint.Name))
            .ToList();

        Assert.True(named.Count >= 20, $"only {named.Count} named endpoints found in the document");
        foreach (var (name, metadata) in named)
        {
            var operation = byOperationId[name!].Node;
            var authorize = metadata.GetOrderedMetadata<IAuthorizeData>();
            var needsCaller = authorize.Any() && metadata.GetMetadata<IAllowAnonymous>() is null;
            var needsRole = needsCaller && authorize.Any(data => !string.IsNullOrEmpty(data.Policy) || !string.IsNullOrEmpty(data.Roles));
            var responses = operation["responses"]!.AsObject();
            Assert.True(needsCaller == responses.ContainsKey("401"), $"{name}: needs a caller is {needsCaller}, yet 401 is {(responses.ContainsKey("401") ? "declared" : "missing")}");
            Assert.True(needsRole == responses.ContainsKey("403"), $"{name}: needs a role is {needsRole}, yet 403 is {(responses.ContainsKey("403") ? "declared" : "missing")}");
            var schemes = operation["security"]?.AsArray().SelectMany(requirement => requirement!.AsObject().Select(pair => pair.Key)).ToList() ?? [];
            Assert.Equal(needsCaller ? ["bearer", "api_key"] : [], schemes);
        }
        Assert.Contains(named, endpoint => endpoint.Name == "GetAuthConfig");
        Assert.Contains(named, endpoint => endpoint.Name == "GetCaller");
        Assert.Contains(named, endpoint => endpoint.Name == "CreateApiKey");
    }

    [Fact]
    public async Task SecuritySchemesDescribeBearerTokensAndTheApiKeyHeader()
    {
        var schemes = (await ServedDocumentAsync())["components"]!["securitySchemes"]!;

        Assert.Equal("http", (string?)schemes["bearer"]!["type"]);
        Assert.Equal("bearer", (string?)schemes["bearer"]!["scheme"]);
        Assert.Equal("apiKey", (string?)schemes["api_key"]!["type"]);
        Assert.Equal("header", (string?)schemes["api_key"]!["in"]);
        Assert.Equal("X-API-Key", (string?)schemes["api_key"]!["name"]);
    }

    [Fact]
    public async Task AnonymousAndAdminRoutesAreDescribedAsTheyBehave()
    {
        var paths = (await ServedDocumentAsync())["paths"]!;

        var authConfig = paths["/api/auth/config"]!["get"]!["responses"]!.AsObject();
        Assert.True(authConfig.ContainsKey("429"));
        Assert.False(authConfig.ContainsKey("401"));
        var revoke = paths["/api/keys/{id}"]!["delete"]!["responses"]!.AsObject();
        Assert.Equal(["204", "401", "403", "404", "429"], revoke.Select(pair => pair.Key).Order(StringComparer.Ordinal));
    }

    private async Task<JsonNode> ServedDocumentAsync() =>
        JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;

    private static IEnumerable<(string Path, string Method, string? Id, JsonNode Node)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(operation => (path.Key, operation.Key, (string?)operation.Value!["operationId"], operation.Value!)));
}
