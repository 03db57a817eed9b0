namespace MedDoc.Api.Batches;

/// <summary>Now, in whole microseconds: what PostgreSQL keeps, so an answer equals every later read.</summary>
public static class BatchClock
{
    public static DateTime Now() => DateTime.UnixEpoch.AddTicks((DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) / 10 * 10);
}
