using MedDoc.Api.Audit;
using MedDoc.Api.Batches;
using MedDoc.Api.Codes;
using MedDoc.Api.Documents;
using MedDoc.Api.Documents.Pdf;
using MedDoc.Api.Endpoints;
using MedDoc.Api.Evaluation;
using MedDoc.Api.Fhir;
using MedDoc.Api.Health;
using MedDoc.Api.Identity;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Persistence;
using MedDoc.Api.RateLimits;
using MedDoc.Api.Redis;
using MedDoc.Api.Reviews;
using MedDoc.Api.Storage;

var worker = WorkerMode.IsRequested(args);
var builder = WebApplication.CreateBuilder(args);
builder.AddStructuredLogging();
builder.AddMedDocTelemetry();

builder.Services.AddMedDocOptions();
builder.Services.AddMedDocHttp();
builder.Services.AddMedDocIdentity();
builder.Services.AddMedDocRateLimits();
builder.Services.AddRedisWhenConfigured();
builder.Services.AddSingleton<AuditLog>();
builder.Services.AddAnalysis(builder.Configuration);
builder.Services.AddPersistence();
builder.Services.AddDocumentStore();
builder.Services.AddReadinessChecks();
builder.Services.AddQuickEvaluation();
builder.Services.AddSingleton<PdfTextExtractor>();
builder.Services.AddSingleton<DocumentText>();
builder.Services.AddScoped<UploadReader>();
builder.Services.AddScoped<DocumentService>();
builder.Services.AddCodeCatalog();
builder.Services.AddScoped<ReviewService>();
builder.Services.AddBatches(worker);
builder.Services.AddScoped<ICodeReviewDecisions, ReviewedCodeDecisions>();
builder.Services.AddFhirExport();

if (!StartupValidation.TryBuild(builder, out var app, out var configurationError))
{
    Console.Error.WriteLine(configurationError);
    return 2;
}
if (MigrationCommand.IsRequested(args))
{
    return await MigrationCommand.RunAsync(app);
}
await app.MigrateDatabaseAsync();
app.WarmUpEngine();

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseMiddleware<AuditTrailMiddleware>();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

app.MapProbeEndpoints();
if (!worker)
{
    app.MapAnalysisEndpoints();
    app.MapEvalEndpoints();
    app.MapDocumentsEndpoints();
    app.MapBatchesEndpoints();
    app.MapCodesEndpoints();
    app.MapReviewsEndpoints();
    app.MapIdentityEndpoints();
    app.MapApiKeyEndpoints();
    app.MapAuditEndpoints();
    app.MapOpenApi();
    app.UseApiReference();
    app.UseWebUi();
}

await app.RunAsync();
return 0;

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
