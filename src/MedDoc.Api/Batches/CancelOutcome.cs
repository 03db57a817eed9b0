namespace MedDoc.Api.Batches;

/// <summary>What DELETE /api/batches/{id} did.</summary>
public enum CancelOutcome
{
    Cancelled,
    NotFound,
    AlreadyFinished,
}
