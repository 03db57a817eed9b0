using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MedDoc.Api.Infrastructure;

/// <summary>Describes the multipart form of POST /api/documents as what it is: one binary part named <c>file</c>.</summary>
public sealed class UploadFormSchemaTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId == "UploadDocument" && operation.RequestBody?.Content is { } content && content.TryGetValue("multipart/form-data", out var form))
        {
            form.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "file" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "One .txt (UTF-8) or .pdf file." },
                },
            };
        }
        return Task.CompletedTask;
    }
}
