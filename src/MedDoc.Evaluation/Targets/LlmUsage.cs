namespace MedDoc.Evaluation.Targets;

/// <summary>Claude calls and tokens spent; filled by the hybrid analysis service when it is used.</summary>
public sealed record LlmUsage(long Calls, long InputTokens, long OutputTokens)
{
    /// <summary>No LLM use.</summary>
    public static LlmUsage None { get; } = new(0, 0, 0);

    /// <summary>The usage between two snapshots.</summary>
    public LlmUsage Minus(LlmUsage earlier) =>
        new(Calls - earlier.Calls, InputTokens - earlier.InputTokens, OutputTokens - earlier.OutputTokens);
}
