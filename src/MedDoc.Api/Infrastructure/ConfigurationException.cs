namespace MedDoc.Api.Infrastructure;

/// <summary>A malformed setting; the message is one line that starts with the variable's name.</summary>
public sealed class ConfigurationException(string variable, string problem)
    : Exception($"{variable}: {problem}")
{
    /// <summary>The environment variable that is wrong.</summary>
    public string Variable { get; } = variable;
}
