namespace MedDoc.Api.Reviews;

/// <summary>Where a document's review stands. Wire names: unreviewed, in_progress, reviewed.</summary>
public enum ReviewStatus
{
    /// <summary>Nobody has saved a review yet (revision 0); never sent by a client.</summary>
    Unreviewed,
    /// <summary>Decisions saved, not finished.</summary>
    InProgress,
    /// <summary>Finished: every suggestion has a decision; the document counts in stats and exports.</summary>
    Reviewed,
}
