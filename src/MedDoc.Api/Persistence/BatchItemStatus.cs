namespace MedDoc.Api.Persistence;

/// <summary>The states of a <see cref="BatchItem"/>, as written on the wire.</summary>
public static class BatchItemStatus
{
    public const string Queued = "queued";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [Queued, Done, Failed, Cancelled];
}
