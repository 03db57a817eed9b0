using System.Text;
using MedDoc.Api.Fhir;
using MedDoc.Api.Persistence;
using MedDoc.Fhir;
using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Batches;

/// <summary>
/// A batch's results as FHIR NDJSON, bulk-data style (docs/fhir.md): for each analysed document in
/// request order, the resources of its bundle (DocumentReference, Conditions, Observations,
/// DiagnosticReport), one resource a line. Failed and cancelled documents have no resources.
/// One document's bundle is in memory at a time.
/// </summary>
public sealed class BatchFhirWriter(MedDocDbContext database, FhirExportService fhir)
{
    public const string ContentType = "application/fhir+ndjson";

    /// <param name="contentUrl">Where a stored document's original can be downloaded.</param>
    public async Task WriteAsync(Guid batchId, Func<Guid, Uri> contentUrl, Stream output, CancellationToken cancellationToken)
    {
        // The ids first: the export reads each document through the same database context.
        var analysed = await database.BatchItems.AsNoTracking()
            .Where(item => item.BatchId == batchId && item.Status == BatchItemStatus.Done)
            .OrderBy(item => item.Index)
            .Select(item => item.Id)
            .ToListAsync(cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        var ndjson = new FhirNdjsonWriter(writer);
        foreach (var id in analysed)
        {
            if (await fhir.BundleForDocumentAsync(id, contentUrl(id), cancellationToken) is { } bundle)
            {
                await ndjson.WriteAsync(bundle, cancellationToken);
                await writer.FlushAsync(cancellationToken);
            }
        }
    }
}
