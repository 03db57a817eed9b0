namespace MedDoc.Llm.Configuration;

/// <summary>When the hybrid analyzer asks Claude (<c>LLM_ROUTING</c>): auto | always | never.</summary>
public enum LlmRouting
{
    /// <summary>Only where the engine is unsure: low classification confidence or low coverage of a free-text note.</summary>
    Auto,
    /// <summary>Every non-empty document.</summary>
    Always,
    /// <summary>Never: the engine answers alone even though Claude is configured.</summary>
    Never,
}
