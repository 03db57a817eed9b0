namespace MedDoc.Api.Contracts;

/// <summary>One ICD-10-CM catalog entry found by GET /api/codes.</summary>
public sealed record CodeSearchItem(string Code, string Title, bool Billable);

/// <summary>Answer of GET /api/codes: the best matches first.</summary>
public sealed record CodeSearchResponse(IReadOnlyList<CodeSearchItem> Items);
