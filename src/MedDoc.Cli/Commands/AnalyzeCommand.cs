using System.CommandLine;
using System.Text;
using System.Text.Json;
using MedDoc.Engine;
using MedDoc.Evaluation.Reports;
using MedDoc.Fhir;

namespace MedDoc.Cli.Commands;

/// <summary>
/// <c>meddoc analyze FILE [--format json|fhir]</c>: analyses a UTF-8 text file and prints the engine's result
/// as snake_case JSON, or as a FHIR R4 Bundle (docs/fhir.md). In the JSON, offsets are the engine's UTF-16 indexes;
/// the HTTP API and the FHIR bundle count code points (they differ only after characters outside the BMP, e.g. emoji).
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>The command, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A plain-text document (UTF-8). PDFs go through the API, which extracts their text." };
        var format = new Option<string>("--format")
        {
            Description = "json (default): MedDoc's result, offsets in UTF-16 units; fhir: a FHIR R4 Bundle (docs/fhir.md).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "fhir");
        var command = new Command("analyze", "Analyse one document and print the result as JSON or as a FHIR R4 Bundle.") { file, format };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(file)!, parse.GetValue(format) == "fhir", cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string file, bool asFhir, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file, context.WorkingDirectory);
        if (Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{file}: PDF input is not supported by the CLI; upload it with POST /api/documents or extract its text first");
        }
        byte[] content;
        string text;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken);
            text = new UTF8Encoding(false, true).GetString(content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{file}: cannot read the file ({ex.Message})");
        }
        catch (DecoderFallbackException)
        {
            throw new UsageException($"{file}: not UTF-8 text");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UsageException($"{file}: the document is empty");
        }
        var result = await CliComposition.CreateAnalysisService(context.Environment).AnalyzeAsync(text, cancellationToken);
        await context.Output.WriteLineAsync(asFhir
            ? FhirJson.Serialize(new FhirBundleBuilder().Build(ToExport(path, content, text, result)), indented: true)
            : JsonSerializer.Serialize(result, ReportJson.Options));
        return ExitCodes.Success;
    }

    /// <summary>The file as the bundle's original: not stored anywhere, dated by its last change.</summary>
    private static AnalysisExport ToExport(string path, byte[] content, string text, AnalysisResult result)
    {
        // A BOM decodes as U+FEFF, which the engine sees as part of the text; offsets count it too.
        var original = new ExportedDocument(
            null, Path.GetFileName(path), "text/plain; charset=utf-8", content, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
        return new AnalysisExport(result, text, original, DateTimeOffset.UtcNow);
    }
}
