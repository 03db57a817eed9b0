using MedDoc.Llm.Metrics;

namespace MedDoc.Llm.Validation;

/// <summary>A code Claude suggested that validation removed, and why: ("Z99.999", NotInCatalog).</summary>
public sealed record DroppedCode(string? Code, DropReason Reason);
