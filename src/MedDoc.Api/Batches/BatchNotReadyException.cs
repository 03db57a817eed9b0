namespace MedDoc.Api.Batches;

/// <summary>A job ran before its batch was fully received; Hangfire retries it shortly.</summary>
public sealed class BatchNotReadyException(Guid batchId)
    : Exception($"Batch {batchId} is still being received.");
