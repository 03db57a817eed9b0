using System.Text;
using System.Text.Json;
using MedDoc.Api.Persistence;
using MedDoc.Api.Storage;
using MedDoc.Contracts;
using MedDoc.Engine;
using MedDoc.Fhir;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Bundle = Hl7.Fhir.Model.Bundle;

namespace MedDoc.Api.Fhir;

/// <summary>
/// FHIR R4 bundles (docs/fhir.md) of a stored document — its stored analysis, its original's bytes (hashed) and the
/// coder's decisions — or of text analysed on the fly.
/// </summary>
public sealed class FhirExportService(
    MedDocDbContext database,
    IDocumentStore store,
    ICodeReviewDecisions reviews,
    FhirBundleBuilder builder,
    TimeProvider clock,
    IOptions<JsonOptions> jsonOptions)
{
    /// <summary>The bundle of the stored document <paramref name="id"/> as FHIR JSON, or null when the id is unknown.</summary>
    public async Task<string?> ForDocumentAsync(Guid id, Uri contentUrl, CancellationToken cancellationToken) =>
        await BundleForDocumentAsync(id, contentUrl, cancellationToken) is { } bundle ? FhirJson.Serialize(bundle) : null;

    /// <summary>The bundle of the stored document <paramref name="id"/>, or null when the id is unknown.</summary>
    public async Task<Bundle?> BundleForDocumentAsync(Guid id, Uri contentUrl, CancellationToken cancellationToken)
    {
        var document = await database.Documents.AsNoTracking().Include(row => row.Analysis)
            .FirstOrDefaultAsync(row => row.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }
        var analysis = JsonSerializer.Deserialize<AnalysisResponse>(document.Analysis!.ResultJson, jsonOptions.Value.SerializerOptions)!;
        var content = await store.ReadAsync(document.StorageKey, cancellationToken)
            ?? throw new InvalidOperationException($"Document {id} has no stored file.");
        // Analyses stored before the analysed text was kept were made from the text of a .txt upload.
        var text = analysis.Text ?? Encoding.UTF8.GetString(content);
        var export = new AnalysisExport(
            analysis.ToEngineResult(text),
            text,
            new ExportedDocument(id, document.Filename, document.ContentType, content, new DateTimeOffset(document.CreatedAt, TimeSpan.Zero), contentUrl),
            clock.GetUtcNow(),
            await reviews.ForDocumentAsync(id, cancellationToken));
        return builder.Build(export);
    }

    /// <summary>The bundle of <paramref name="result"/>, the analysis of <paramref name="text"/> that was not stored.</summary>
    public string ForText(string text, AnalysisResult result)
    {
        var now = clock.GetUtcNow();
        var original = new ExportedDocument(null, "document.txt", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text), now);
        return FhirJson.Serialize(builder.Build(new AnalysisExport(result, text, original, now)));
    }
}
