using MedDoc.Contracts;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Infrastructure;

/// <summary>HTTP plumbing: snake_case JSON, problem details, CORS, OpenAPI and body-size limits.</summary>
public static class HttpServiceCollectionExtensions
{
    public static IServiceCollection AddMedDocHttp(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options => ContractJson.Configure(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = FrameworkProblems.Describe);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) =>
            cors.AddDefaultPolicy(policy =>
            {
                var origins = settings.Value.AllowedOrigins;
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. origins]);
                }
                policy.AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Location");
            }));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>((kestrel, upload) =>
            kestrel.Limits.MaxRequestBodySize = RequestBodyLimit(upload.Value));
        services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, upload) =>
            form.MultipartBodyLengthLimit = RequestBodyLimit(upload.Value));
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "MedDoc AI API";
                document.Info.Description = "Document type, lab values, findings with assertions, ICD-10-CM codes with verbatim evidence, and a summary.";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer<UploadFormSchemaTransformer>();
            options.AddOperationTransformer<AccessResponsesTransformer>();
            options.AddDocumentTransformer(AccessResponsesTransformer.AddSecuritySchemes);
        });
        return services;
    }

    /// <summary>Large enough for the biggest allowed upload or text, plus multipart/JSON overhead.</summary>
    public static long RequestBodyLimit(UploadOptions upload) =>
        Math.Max(upload.MaxUploadBytes, upload.MaxTextChars * 6L) + 1024 * 1024;
}
