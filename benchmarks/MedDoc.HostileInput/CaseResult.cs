namespace MedDoc.HostileInput;

/// <summary>What one row measured against the running API.</summary>
public sealed record CaseResult(
    HostileCase Case,
    IReadOnlyList<int> Statuses,
    TimeSpan Elapsed,
    long BaselineBytes,
    long PeakBytes,
    long AfterBytes,
    bool AnswersExpected)
{
    public static readonly TimeSpan PdfTimeTarget = TimeSpan.FromSeconds(5);
    public const long PdfGrowthTargetBytes = 300L * 1024 * 1024;

    public long GrowthBytes => Math.Max(0, PeakBytes - BaselineBytes);

    public bool AnyServerError => Statuses.Any(status => status >= 500 && status != 503);

    /// <summary>Expected answers, no 5xx (503 with Retry-After is load shedding), and for PDFs the time and memory targets.</summary>
    public bool MeetsTargets =>
        AnswersExpected && !AnyServerError
        && (!Case.IsPdf || (Elapsed <= PdfTimeTarget && GrowthBytes <= PdfGrowthTargetBytes));
}
