namespace MedDoc.Api.Reviews;

/// <summary>A review request that passed validation, ready to be stored as the next revision.</summary>
public sealed record ReviewDraft(ReviewStatus Status, string DocumentType, ReviewContent Content);
