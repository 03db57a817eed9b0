using MedDoc.Api.Identity;
using MedDoc.Api.RateLimits;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Declares on each operation the answers the pipeline gives before its endpoint runs: 429 <c>rate_limited</c> with
/// <c>Retry-After</c> on every rate-limited route, and on routes that need a caller 401 (no or bad credentials),
/// the accepted credentials (a bearer token or an API key) and, where a role policy applies, 403 (missing role or tenant).
/// </summary>
public sealed class AccessResponsesTransformer : IOpenApiOperationTransformer
{
    public const string BearerScheme = "bearer";
    public const string ApiKeyScheme = "api_key";
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        if (RateLimitKeys.IsLimited(new PathString("/" + context.Description.RelativePath)))
        {
            operation.Responses.TryAdd("429", RateLimited(context.Document));
        }
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            return Task.CompletedTask;
        }
        operation.Responses.TryAdd("401", Problem("Unauthorized: no credentials, or a bearer token or API key that is invalid, expired or revoked.", context.Document));
        if (metadata.OfType<IAuthorizeData>().Any(authorize => !string.IsNullOrEmpty(authorize.Policy) || !string.IsNullOrEmpty(authorize.Roles)))
        {
            operation.Responses.TryAdd("403", Problem("Forbidden: the caller lacks the role this route needs, or has no tenant.", context.Document));
        }
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] },
        ];
        return Task.CompletedTask;
    }

    /// <summary>Adds the two ways to authenticate to the document's components.</summary>
    public static Task AddSecuritySchemes(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An OpenID Connect access token from the configured issuer (OIDC_AUTHORITY, OIDC_AUDIENCE). Not needed in local mode.",
        };
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "An API key (mdk_…) an admin created with POST /api/keys or `meddoc keys create`.",
        };
        return Task.CompletedTask;
    }

    private static OpenApiResponse RateLimited(OpenApiDocument? document)
    {
        var response = Problem("Too Many Requests (rate_limited): the caller's, the tenant's or the analysis budget is spent; retry after Retry-After seconds.", document);
        response.Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Retry-After"] = new OpenApiHeader
            {
                Description = "Whole seconds until the budget has a token again.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" },
            },
        };
        return response;
    }

    private static OpenApiResponse Problem(string description, OpenApiDocument? document) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemJson] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
        },
    };
}
