using MedDoc.Api.Infrastructure;

namespace MedDoc.Api.Storage;

/// <summary>
/// How often the orphan sweep runs (<c>ORPHAN_SWEEP_INTERVAL_MINUTES</c>, 0 turns it off) and how old a
/// file with no row must be before it is removed (<c>ORPHAN_SWEEP_GRACE_MINUTES</c>). The grace period
/// covers an upload between writing its file and committing its row (ADR 005), so it never goes below
/// five minutes.
/// </summary>
public sealed class OrphanSweepOptions
{
    public int IntervalMinutes { get; set; } = 60;

    public int GraceMinutes { get; set; } = 60;

    /// <summary>How long after start-up the first sweep waits, so start-up and readiness are not slowed by it.</summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => IntervalMinutes > 0;

    public TimeSpan Interval => TimeSpan.FromMinutes(IntervalMinutes);

    public TimeSpan Grace => TimeSpan.FromMinutes(GraceMinutes);

    public static void Bind(OrphanSweepOptions options, IConfiguration configuration)
    {
        options.IntervalMinutes = EnvironmentValues.GetInt(configuration, EnvironmentVariables.OrphanSweepIntervalMinutes, 60, 0, 7 * 24 * 60);
        options.GraceMinutes = EnvironmentValues.GetInt(configuration, EnvironmentVariables.OrphanSweepGraceMinutes, 60, 5, 30 * 24 * 60);
    }
}
