using MedDoc.Api.Contracts;

namespace MedDoc.Api.Reviews;

/// <summary>A document whose review is finished, with its latest revision.</summary>
public sealed record ReviewedDocument(Guid DocumentId, ReviewRevisionResponse Review);
