using MedDoc.Api.Audit;
using MedDoc.Api.Contracts;
using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MedDoc.Api.Endpoints;

/// <summary>Admins create, list and revoke their tenant's API keys.</summary>
public static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapApiKeyEndpoints(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/api/keys").WithTags("API keys").RequireAuthorization(Policies.Administer);
        keys.MapPost("/", CreateApiKey)
            .WithName(nameof(CreateApiKey))
            .Audited(AuditActions.KeyCreated, AuditTarget.ApiKey)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Create an API key (roles coder and/or service; optional expires_at). The key is in this answer only: store it now.");
        keys.MapGet("/", ListApiKeys)
            .WithName(nameof(ListApiKeys))
            .WithSummary("The tenant's API keys, newest first, with their last-used times; never their secrets.");
        keys.MapDelete("/{id:guid}", RevokeApiKey)
            .WithName(nameof(RevokeApiKey))
            .Audited(AuditActions.KeyRevoked, AuditTarget.ApiKey)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Revoke an API key: it stops working at once.");
        return app;
    }

    public static async Task<Results<Created<CreatedApiKeyResponse>, ProblemHttpResult>> CreateApiKey(
        CreateApiKeyRequest request, ApiKeyService keys, HttpContext context, CancellationToken cancellationToken)
    {
        var created = await keys.CreateAsync(request, Caller.From(context.User)!, cancellationToken);
        if (created.Problem is { } problem)
        {
            return problem;
        }
        context.RecordCreatedResource(Guid.ParseExact(created.Value!.ApiKey.Id, "N"));
        return TypedResults.Created($"/api/keys/{created.Value.ApiKey.Id}", created.Value);
    }

    public static async Task<Ok<ApiKeyList>> ListApiKeys(ApiKeyService keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(cancellationToken));

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeApiKey(Guid id, ApiKeyService keys, CancellationToken cancellationToken) =>
        await keys.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.ApiKeyNotFound(id);
}
