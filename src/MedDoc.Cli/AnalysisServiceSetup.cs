using MedDoc.Evaluation.Targets;
using MedDoc.Llm;

namespace MedDoc.Cli;

/// <summary>The analysis service a command uses, and a probe of its LLM usage counters when it has any.</summary>
public sealed record AnalysisServiceSetup(IAnalysisService Service, Func<LlmUsage>? LlmUsageProbe = null);
