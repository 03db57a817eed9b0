namespace MedDoc.Deploy.Tests.Support;

/// <summary>What a finished process returned and printed.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;
}
