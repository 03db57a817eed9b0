namespace MedDoc.Deploy.Tests.Support;

/// <summary>One instruction of a Dockerfile, continuation lines joined, in the stage it belongs to.</summary>
public sealed record DockerInstruction(string Stage, string Keyword, string Arguments)
{
    /// <summary>The words of the arguments, flags (--from=x) included.</summary>
    public IReadOnlyList<string> Words => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
