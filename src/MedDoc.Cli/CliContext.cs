namespace MedDoc.Cli;

/// <summary>Where a command writes, how it reads environment variables and which directory it runs in.</summary>
public sealed record CliContext(TextWriter Output, TextWriter Error, Func<string, string?> Environment, string WorkingDirectory)
{
    /// <summary>True when output is the process's own terminal (not redirected, not a test writer): show a progress bar.</summary>
    public bool IsInteractive => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;
}
