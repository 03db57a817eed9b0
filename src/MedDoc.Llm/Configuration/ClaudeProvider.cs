namespace MedDoc.Llm.Configuration;

/// <summary>Where Claude is reached (<c>CLAUDE_PROVIDER</c>): anthropic (default) | bedrock.</summary>
public enum ClaudeProvider
{
    /// <summary>The Anthropic API with <c>ANTHROPIC_API_KEY</c> (and optional <c>ANTHROPIC_BASE_URL</c>).</summary>
    Anthropic,
    /// <summary>Amazon Bedrock; not available in this build (see docs/decisions/003-llm-fallback.md), rejected at start.</summary>
    Bedrock,
}
