using System.CommandLine;
using MedDoc.Cli.Batches;

namespace MedDoc.Cli.Commands;

/// <summary>
/// <c>meddoc batch DIR [--api-base URL] [--out FILE] [--concurrency N]</c>: analyses every .txt
/// (and, through an API, .pdf) file under DIR and writes one JSON line per document to --out, with
/// progress on the error stream. In-process (the offline engine) by default; with --api-base the documents go to a live
/// API as one batch (POST {base}/batches) and its results are downloaded. Exit 0 when every document
/// was analysed, 1 when some failed (their lines say why), 2 on bad usage or an unreachable or refusing API.
/// </summary>
public static class BatchCommand
{
    private const int MaxConcurrency = 64;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>The command, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "A folder of .txt (UTF-8) and .pdf documents; subfolders included, other files skipped." };
        var apiBase = new Option<string?>("--api-base") { Description = "Send the documents to a live API as one batch, e.g. http://127.0.0.1:8000/api; credentials from MEDDOC_API_KEY or MEDDOC_API_TOKEN." };
        var output = new Option<string>("--out") { Description = "The results file: JSON Lines, one document per line in folder order.", DefaultValueFactory = _ => "batch-results.jsonl" };
        var concurrency = new Option<int>("--concurrency") { Description = "In-process: documents analysed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("batch", "Analyse a folder of documents and write the results as JSON Lines.") { directory, apiBase, output, concurrency };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context, parse.GetValue(directory)!, parse.GetValue(apiBase), parse.GetValue(output)!, parse.GetValue(concurrency), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string directory, string? apiBase, string outputPath, int concurrency, CancellationToken cancellationToken)
    {
        if (concurrency is < 1 or > MaxConcurrency)
        {
            throw new UsageException($"--concurrency must be between 1 and {MaxConcurrency}, got {concurrency}");
        }
        var input = BatchInput.Read(Path.GetFullPath(directory, context.WorkingDirectory), directory);
        var resultsPath = Path.GetFullPath(outputPath, context.WorkingDirectory);
        if (input.Skipped > 0)
        {
            await context.Error.WriteLineAsync($"batch: skipping {input.Skipped} files that are not .txt or .pdf");
        }
        var progress = new BatchProgress(context.Error, input.RelativePaths.Count, TimeProvider.System);
        BatchSummary summary;
        await using (var results = OpenResults(resultsPath, outputPath))
        {
            if (apiBase is null)
            {
                summary = await new LocalBatchRunner(CliComposition.CreateAnalysisService(context.Environment), concurrency).RunAsync(input, results, progress, cancellationToken);
            }
            else
            {
                using var client = ApiCredentials.Apply(new HttpClient { Timeout = TimeSpan.FromMinutes(10) }, context.Environment);
                summary = await new ApiBatchRunner(client, ApiBase.Parse(apiBase), PollInterval).RunAsync(input, results, progress, cancellationToken);
            }
        }
        await context.Output.WriteLineAsync(
            $"{summary.Done + summary.Failed} documents: {summary.Done} analysed, {summary.Failed} failed in {summary.Elapsed.TotalSeconds:F1} s " +
            $"({summary.DocumentsPerSecond:F0} documents/s); results in {outputPath}");
        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.DocumentsFailed;
    }

    private static FileStream OpenResults(string path, string shownAs)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--out {shownAs}: cannot write the file ({error.Message})");
        }
    }
}
