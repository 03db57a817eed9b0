using System.CommandLine;
using System.Text;
using System.Text.Json;
using MedDoc.Evaluation.Reports;

namespace MedDoc.Cli.Commands;

/// <summary>
/// <c>meddoc analyze FILE</c>: analyses a UTF-8 text file and prints the engine's result as snake_case JSON.
/// Offsets are the engine's UTF-16 indexes; the HTTP API converts them to code points (they differ only after
/// characters outside the BMP, e.g. emoji).
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>The command, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A plain-text document (UTF-8). PDFs go through the API, which extracts their text." };
        var command = new Command("analyze", "Analyse one document and print the result as JSON (offsets in UTF-16 units).") { file };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(file)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file, context.WorkingDirectory);
        if (Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{file}: PDF input is not supported by the CLI; upload it with POST /api/documents or extract its text first");
        }
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, new UTF8Encoding(false, true), cancellationToken);
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
        await context.Output.WriteLineAsync(JsonSerializer.Serialize(result, ReportJson.Options));
        return ExitCodes.Success;
    }
}
