using MedDoc.Engine;

namespace MedDoc.Llm.Validation;

/// <summary>The outcome of validating Claude's codes: those that passed (with spans in the original text) and those dropped.</summary>
public sealed record CodeValidation(IReadOnlyList<CodeSuggestion> Accepted, IReadOnlyList<DroppedCode> Dropped);
