using System.CommandLine;
using System.Text.Json;
using MedDoc.Evaluation;
using MedDoc.Evaluation.Datasets;
using MedDoc.Evaluation.Gates;
using MedDoc.Evaluation.Metrics;
using MedDoc.Evaluation.RealSets;
using MedDoc.Evaluation.Reports;
using MedDoc.Evaluation.Targets;
using Spectre.Console;

namespace MedDoc.Cli.Commands;

/// <summary>
/// <c>meddoc eval (--dataset PATH | --from-reviews FILE_OR_API) [--api-base URL] [--thresholds FILE] [--baseline REPORT] [--out DIR]
/// [--concurrency N] [--tolerance X] [--scored-categories LIST]</c>: scores the analyser in-process (default) or
/// a live API, prints a table, writes report.json and summary.md to --out, and exits 0 when the gate passes,
/// 1 when it fails, 2 on bad usage or unreadable input. A gzip-compressed dataset is a real set
/// (../shared/data/real): type accuracy, TCGA primary site and CodiEsp P/R/F1 are printed (real-set.json with --out), exit 0.
/// </summary>
public static class EvalCommand
{
    private const int MaxConcurrency = 64;

    private static readonly JsonSerializerOptions ReportJsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The command, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var dataset = new Option<string?>("--dataset") { Description = "Dataset: a JSON array (synthetic_v1.json), JSON Lines (iu-cxr dev.jsonl), or a real set as gzip JSON Lines (shared/data/real/codiesp_dev.jsonl.gz, tcga, mts) scored by its README's rules." };
        var fromReviews = new Option<string?>("--from-reviews") { Description = "Score against coders' reviews instead: a file from GET /api/reviews/export, or an API base URL (http://127.0.0.1:8000/api) to download it from (credentials from MEDDOC_API_KEY or MEDDOC_API_TOKEN)." };
        var apiBase = new Option<string?>("--api-base") { Description = "Score a live API instead, e.g. http://127.0.0.1:8000/api (POST {base}/classify and {base}/extract-codes); credentials from MEDDOC_API_KEY or MEDDOC_API_TOKEN." };
        var thresholds = new Option<string?>("--thresholds") { Description = "Gate file; default evals/thresholds.json found from the current directory up." };
        var baseline = new Option<string?>("--baseline") { Description = "An earlier report.json; fail when accuracy or F1 dropped by more than --tolerance." };
        var output = new Option<string?>("--out") { Description = "Folder for report.json and summary.md." };
        var concurrency = new Option<int>("--concurrency") { Description = "Documents in flight at once.", DefaultValueFactory = _ => 4 };
        var tolerance = new Option<double>("--tolerance") { Description = "Tolerated drop of accuracy or F1 against --baseline.", DefaultValueFactory = _ => BaselineComparison.DefaultTolerance };
        var scored = new Option<string?>("--scored-categories") { Description = "Score false positives only in these 3-character categories: a comma list, or 'iu-cxr' for the iu-cxr README's 13." };
        var command = new Command("eval", "Evaluate the analyser on a labelled dataset and apply the deployment gate.")
        {
            dataset, fromReviews, apiBase, thresholds, baseline, output, concurrency, tolerance, scored,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            new EvalArguments(
                parse.GetValue(dataset), parse.GetValue(fromReviews), parse.GetValue(apiBase), parse.GetValue(thresholds), parse.GetValue(baseline), parse.GetValue(output),
                parse.GetValue(concurrency), parse.GetValue(tolerance), parse.GetValue(scored)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, EvalArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Concurrency is < 1 or > MaxConcurrency)
        {
            throw new UsageException($"--concurrency must be between 1 and {MaxConcurrency}, got {arguments.Concurrency}");
        }
        if (arguments.Tolerance is < 0 or > 1)
        {
            throw new UsageException($"--tolerance must be between 0 and 1, got {arguments.Tolerance}");
        }
        if ((arguments.Dataset is null) == (arguments.FromReviews is null))
        {
            throw new UsageException("give exactly one of --dataset PATH or --from-reviews FILE_OR_API_URL");
        }
        if (arguments.Dataset is not null && RealSetReader.IsGzip(Resolve(context, arguments.Dataset)))
        {
            return await RunRealSetAsync(context, arguments, cancellationToken);
        }
        var datasetPath = arguments.Dataset is not null
            ? Resolve(context, arguments.Dataset)
            : await ReviewedDataset.LocateAsync(arguments.FromReviews!, context, arguments.Out, cancellationToken);
        var dataset = DatasetReader.Read(datasetPath);
        var thresholds = ReadThresholds(context, arguments.Thresholds, out var thresholdsSource);
        var baseline = arguments.Baseline is null ? null : BaselineComparison.Read(Resolve(context, arguments.Baseline));
        var scoring = new ScoringOptions(ParseScoredCategories(arguments.ScoredCategories));

        using var http = arguments.ApiBase is null ? null : ApiCredentials.Apply(new HttpClient { Timeout = TimeSpan.FromSeconds(60) }, context.Environment);
        IDocumentEvaluator target = http is null
            ? new InProcessEvaluator(CliComposition.CreateAnalysisService(context.Environment))
            : new HttpApiEvaluator(http, ApiBase.Parse(arguments.ApiBase!));

        var options = new EvaluationOptions(arguments.Concurrency, scoring);
        var outcome = await RunWithProgressAsync(context, dataset, target, options, cancellationToken);
        var regression = baseline is null ? null : BaselineComparison.Compare(outcome.Metrics, outcome.Documents, baseline, arguments.Tolerance);
        var info = new DatasetInfo(dataset.Name, arguments.Dataset ?? datasetPath, dataset.Sha256, dataset.Documents.Count);
        var report = EvaluationReport.Create(info, outcome, thresholds, regression, GitInfo.CurrentCommit(context.WorkingDirectory), DateTimeOffset.UtcNow);

        if (arguments.Out is not null)
        {
            await ReportWriter.WriteAsync(report, Resolve(context, arguments.Out), cancellationToken);
        }
        ConsoleReport.Write(context, report, thresholdsSource);
        return report.Passed ? ExitCodes.Success : ExitCodes.GateFailed;
    }

    /// <summary>
    /// A real set (gzip JSON Lines, ../shared/data/real): scored in-process with the rules of its README and printed; with
    /// --out, the scores are written to real-set.json. There is no gate: the floors live in the test suite.
    /// </summary>
    private static async Task<int> RunRealSetAsync(CliContext context, EvalArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.ApiBase is not null || arguments.Baseline is not null || arguments.ScoredCategories is not null || arguments.Thresholds is not null)
        {
            throw new UsageException("a real set (gzip JSON Lines) is scored in-process by its README's rules: --api-base, --baseline, --thresholds and --scored-categories do not apply");
        }
        var set = RealSetReader.Read(Resolve(context, arguments.Dataset!));
        var analyzer = CliComposition.CreateEngine(context.Environment);
        var report = await Task.Run(() => RealSetScorer.Score(set, analyzer, arguments.Concurrency, cancellationToken), cancellationToken);
        foreach (var line in report.Lines())
        {
            await context.Output.WriteLineAsync(line);
        }
        if (arguments.Out is not null)
        {
            var folder = Resolve(context, arguments.Out);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "real-set.json"), JsonSerializer.Serialize(report, ReportJsonOptions), cancellationToken);
        }
        return ExitCodes.Success;
    }

    private static async Task<EvaluationOutcome> RunWithProgressAsync(
        CliContext context, EvalDataset dataset, IDocumentEvaluator target, EvaluationOptions options, CancellationToken cancellationToken)
    {
        if (!context.IsInteractive)
        {
            return await EvaluationRunner.RunAsync(dataset.Documents, target, options, null, cancellationToken);
        }
        EvaluationOutcome? outcome = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask($"{dataset.Name} ({dataset.Documents.Count} documents)", maxValue: dataset.Documents.Count);
                var progress = new CountProgress(count => task.Value = count);
                outcome = await EvaluationRunner.RunAsync(dataset.Documents, target, options, progress, cancellationToken);
            });
        return outcome!;
    }

    private static Thresholds ReadThresholds(CliContext context, string? path, out string source)
    {
        if (path is not null)
        {
            source = path;
            return ThresholdsReader.Read(Resolve(context, path));
        }
        var found = RepositoryPaths.FindUp(Path.Combine("evals", "thresholds.json"), context.WorkingDirectory);
        if (found is null)
        {
            source = "prototype floor (no evals/thresholds.json found)";
            return Thresholds.Prototype;
        }
        source = found;
        return ThresholdsReader.Read(found);
    }

    private static HashSet<string>? ParseScoredCategories(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (value.Trim().Equals("iu-cxr", StringComparison.OrdinalIgnoreCase))
        {
            return [.. ScoringOptions.IuCxrCategories];
        }
        var categories = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CodeScorer.Normalize).ToHashSet();
        var invalid = categories.FirstOrDefault(category => category.Length != 3);
        return invalid is null ? categories : throw new UsageException($"--scored-categories: '{invalid}' is not a 3-character ICD-10-CM category");
    }

    private static string Resolve(CliContext context, string path) => Path.GetFullPath(path, context.WorkingDirectory);

    private sealed record EvalArguments(
        string? Dataset, string? FromReviews, string? ApiBase, string? Thresholds, string? Baseline, string? Out, int Concurrency, double Tolerance, string? ScoredCategories);

    private sealed class CountProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
