namespace MedDoc.Api.Contracts;

/// <summary>
/// One line of GET /api/reviews/export: a reviewed document in the evaluation dataset format (document_text,
/// expected_type, expected_codes = the coder's final codes), plus where the labels came from.
/// </summary>
public sealed record ReviewExportRecord(
    string Id,
    string DocumentText,
    string ExpectedType,
    IReadOnlyList<string> ExpectedCodes,
    IReadOnlyList<string> AcceptableCodes,
    string Reviewer,
    DateTime ReviewedAt,
    string EngineVersion,
    int Revision);
