namespace MedDoc.Cli.Tests.Support;

/// <summary>Runs meddoc in-process through its entry method and captures what it wrote.</summary>
internal static class Meddoc
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs meddoc reading environment variables (credentials) from <paramref name="environment"/> only.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithEnvironmentAsync(Func<string, string?> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error, environment);
        return (exitCode, output.ToString(), error.ToString());
    }
}
