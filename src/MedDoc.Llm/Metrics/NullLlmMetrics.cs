namespace MedDoc.Llm.Metrics;

/// <summary>Metrics that record nothing (for tools and tests that do not export metrics): every member keeps its default.</summary>
public sealed class NullLlmMetrics : ILlmMetrics
{
    /// <summary>The shared instance.</summary>
    public static NullLlmMetrics Instance { get; } = new();
}
