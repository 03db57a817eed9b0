using MedDoc.Api.Audit;
using MedDoc.Api.Contracts;
using MedDoc.Api.Fhir;
using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.RateLimits;
using MedDoc.Contracts;
using MedDoc.Engine;
using MedDoc.Fhir;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MedDoc.Api.Endpoints;

/// <summary>The prototype-compatible text endpoints and the full analysis: JSON text in, JSON answer out.</summary>
public static class AnalysisEndpoints
{
    public static IEndpointRouteBuilder MapAnalysisEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .WithTags("Analysis")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization(Policies.Analyze)
            .LimitedAsAnalysis()
            .Audited(AuditActions.Analyze);
        api.MapPost("/classify", ClassifyDocument)
            .WithName(nameof(ClassifyDocument))
            .WithSummary("Classify a document: its type label, confidence, rationale and source.");
        api.MapPost("/extract-codes", ExtractCodes)
            .WithName(nameof(ExtractCodes))
            .WithSummary("Suggest ICD-10-CM codes, each with verbatim evidence and code-point offsets; document_type is optional.");
        api.MapPost("/summarize", SummarizeDocument)
            .WithName(nameof(SummarizeDocument))
            .WithSummary("An extractive summary and the key findings.");
        api.MapPost("/analyze", AnalyzeDocument)
            .WithName(nameof(AnalyzeDocument))
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .WithSummary("Everything: classification, sections, lab results, findings with assertions, codes and summary; format=fhir answers a FHIR R4 Bundle instead (docs/fhir.md).");
        return app;
    }

    public static async Task<Results<Ok<ClassifyResponse>, ProblemHttpResult>> ClassifyDocument(
        DocumentTextRequest request, AnalysisRunner runner, CancellationToken cancellationToken)
    {
        if (runner.Validate(request.DocumentText) is { } problem)
        {
            return problem;
        }
        var (result, _) = await runner.AnalyzeAsync(request.DocumentText!, "classify", cancellationToken);
        return TypedResults.Ok(result.ToClassifyResponse());
    }

    public static async Task<Results<Ok<ExtractCodesResponse>, ProblemHttpResult>> ExtractCodes(
        ExtractCodesRequest request, AnalysisRunner runner, CancellationToken cancellationToken)
    {
        if (runner.Validate(request.DocumentText) is { } problem)
        {
            return problem;
        }
        DocumentType? givenType = null;
        if (!string.IsNullOrWhiteSpace(request.DocumentType))
        {
            if (!DocumentTypes.TryParse(request.DocumentType, out var parsed))
            {
                return ApiProblems.InvalidDocumentType(request.DocumentType);
            }
            givenType = parsed;
        }
        var text = request.DocumentText!;
        var (result, _) = await runner.AnalyzeAsync(text, "extract_codes", cancellationToken);
        var type = givenType ?? result.Classification.Type;
        return TypedResults.Ok(new ExtractCodesResponse(result.ToCodeResponses(text), type.ToLabel()));
    }

    public static async Task<Results<Ok<SummarizeResponse>, ProblemHttpResult>> SummarizeDocument(
        DocumentTextRequest request, AnalysisRunner runner, CancellationToken cancellationToken)
    {
        if (runner.Validate(request.DocumentText) is { } problem)
        {
            return problem;
        }
        var (result, _) = await runner.AnalyzeAsync(request.DocumentText!, "summarize", cancellationToken);
        return TypedResults.Ok(result.ToSummarizeResponse());
    }

    public static async Task<Results<Ok<AnalysisResponse>, ContentHttpResult, ProblemHttpResult>> AnalyzeDocument(
        DocumentTextRequest request,
        AnalysisRunner runner,
        FhirExportService fhir,
        CancellationToken cancellationToken,
        [FromQuery] string? format = null)
    {
        var asFhir = string.Equals(format, "fhir", StringComparison.OrdinalIgnoreCase);
        if (!asFhir && format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.InvalidFormat(format);
        }
        if (runner.Validate(request.DocumentText) is { } problem)
        {
            return problem;
        }
        var text = request.DocumentText!;
        var (result, _) = await runner.AnalyzeAsync(text, "analyze", cancellationToken);
        return asFhir
            ? TypedResults.Text(fhir.ForText(text, result), FhirJson.MediaType)
            : TypedResults.Ok(result.ToAnalysisResponse(text));
    }
}
