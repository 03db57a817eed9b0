using System.CommandLine;
using MedDoc.Cli.Commands;
using MedDoc.Evaluation;

namespace MedDoc.Cli;

/// <summary>
/// The <c>meddoc</c> command line: <c>eval</c> (metrics and the deployment gate), <c>analyze FILE</c> and <c>keys</c> (API keys through a live API).
/// <see cref="RunAsync"/> is the whole program, callable in-process by tests. Exit codes: <see cref="ExitCodes"/>.
/// </summary>
public static class CliApp
{
    /// <summary>Runs <paramref name="args"/>, writing results to <paramref name="output"/> and problems to <paramref name="error"/>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, Environment.GetEnvironmentVariable, cancellationToken);

    /// <summary>As <see cref="RunAsync(string[], TextWriter, TextWriter, CancellationToken)"/>, reading environment variables from <paramref name="environment"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error, environment, Environment.CurrentDirectory);
        var root = new RootCommand("MedDoc AI command line: analyse documents, evaluate the analyser against labelled datasets, manage API keys.")
        {
            EvalCommand.Create(context),
            AnalyzeCommand.Create(context),
            BatchCommand.Create(context),
            KeysCommand.Create(context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"meddoc: {parseError.Message}");
            }
            await error.WriteLineAsync("Run 'meddoc --help' for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex) when (ex is UsageException or EvaluationInputException)
        {
            await error.WriteLineAsync($"meddoc: {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (ApiCallException ex)
        {
            await error.WriteLineAsync($"meddoc: {ex.Message}");
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("meddoc: cancelled");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            // Nothing can be evaluated (e.g. the engine's rules fail to load): one line, no stack trace.
            await error.WriteLineAsync($"meddoc: cannot run: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
