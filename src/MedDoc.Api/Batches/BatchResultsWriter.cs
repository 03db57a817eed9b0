using System.Text;
using System.Text.Json;
using MedDoc.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Batches;

/// <summary>
/// Streams a batch's results in request order, row by row from the database, so memory stays flat
/// however large the batch: JSON Lines (one document per line, with its stored analysis) or CSV
/// (one row per suggested code).
/// </summary>
public sealed class BatchResultsWriter(MedDocDbContext database)
{
    public const string JsonLinesContentType = "application/x-ndjson";
    public const string CsvContentType = "text/csv; charset=utf-8";
    private const int RowsPerFlush = 200;
    private static readonly byte[] Newline = "\n"u8.ToArray();
    private static readonly string[] CsvColumns = ["document", "document_id", "code", "title", "basis", "evidence"];

    public async Task WriteJsonLinesAsync(Guid batchId, Stream output, CancellationToken cancellationToken)
    {
        var rows = 0;
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
        await foreach (var row in Rows(batchId).WithCancellation(cancellationToken))
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", row.Index);
            writer.WriteString("filename", row.Filename);
            writer.WriteString("status", row.Status);
            if (row.Status == BatchItemStatus.Done)
            {
                writer.WriteString("document_id", row.Id);
            }
            if (row.FailureReason is not null)
            {
                writer.WriteString("failure_reason", row.FailureReason);
            }
            if (row.ResultJson is not null)
            {
                writer.WritePropertyName("analysis");
                writer.WriteRawValue(row.ResultJson, skipInputValidation: true);
            }
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken);
            writer.Reset();
            await output.WriteAsync(Newline, cancellationToken);
            if (++rows % RowsPerFlush == 0)
            {
                await output.FlushAsync(cancellationToken);
            }
        }
    }

    public async Task WriteCsvAsync(Guid batchId, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', CsvColumns));
        var rows = 0;
        await foreach (var row in Rows(batchId).WithCancellation(cancellationToken))
        {
            if (row.ResultJson is null)
            {
                continue;
            }
            using var analysis = JsonDocument.Parse(row.ResultJson);
            if (!analysis.RootElement.TryGetProperty("codes", out var codes))
            {
                continue;
            }
            foreach (var code in codes.EnumerateArray())
            {
                var evidence = code.TryGetProperty("evidence", out var quotes)
                    ? string.Join(" | ", quotes.EnumerateArray().Select(quote => quote.GetString()))
                    : string.Empty;
                await writer.WriteLineAsync(string.Join(',',
                    CsvCell.Escape(row.Filename), row.Id.ToString(), CsvCell.Escape(Text(code, "code")),
                    CsvCell.Escape(Text(code, "description")), CsvCell.Escape(Text(code, "basis")), CsvCell.Escape(evidence)));
            }
            if (++rows % RowsPerFlush == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private IAsyncEnumerable<ResultRow> Rows(Guid batchId) =>
        (from item in database.BatchItems.AsNoTracking()
         where item.BatchId == batchId
         join analysis in database.Analyses.AsNoTracking() on item.Id equals analysis.DocumentId into analyses
         from analysis in analyses.DefaultIfEmpty()
         orderby item.Index
         select new ResultRow(item.Id, item.Index, item.Filename, item.Status, item.FailureReason, analysis == null ? null : analysis.ResultJson))
        .AsAsyncEnumerable();

    private sealed record ResultRow(Guid Id, int Index, string Filename, string Status, string? FailureReason, string? ResultJson);
}
