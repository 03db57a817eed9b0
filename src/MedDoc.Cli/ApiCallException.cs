namespace MedDoc.Cli;

/// <summary>A live API answered with a refusal or an error; the message says what was wrong and the command exits with <see cref="ExitCode"/>.</summary>
public sealed class ApiCallException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
