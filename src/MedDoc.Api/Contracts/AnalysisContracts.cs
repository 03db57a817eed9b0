using MedDoc.Contracts;

namespace MedDoc.Api.Contracts;

/// <summary>Body of /api/classify, /api/summarize and /api/analyze: <c>{"document_text": "..."}</c>.</summary>
public sealed record DocumentTextRequest(string? DocumentText);

/// <summary>Body of /api/extract-codes; <c>document_type</c> (a label such as "X-RAY") is optional.</summary>
public sealed record ExtractCodesRequest(string? DocumentText, string? DocumentType);

/// <summary>Answer of /api/extract-codes; <c>document_type</c> is the type used (given or classified).</summary>
public sealed record ExtractCodesResponse(IReadOnlyList<CodeResponse> Codes, string DocumentType);
