namespace MedDoc.Api.Persistence;

/// <summary>The states of a <see cref="Batch"/>, as written on the wire.</summary>
public static class BatchStatus
{
    /// <summary>Still being received: invisible to clients until the request that creates it completes.</summary>
    public const string Receiving = "receiving";
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Cancelled = "cancelled";

    /// <summary>The states a client can see.</summary>
    public static IReadOnlyList<string> Visible { get; } = [Queued, Running, Done, Cancelled];
}
