namespace MedDoc.Cli;

/// <summary>The exit codes of every meddoc command.</summary>
public static class ExitCodes
{
    /// <summary>Done; for eval, the gate passed.</summary>
    public const int Success = 0;

    /// <summary>eval: the gate or the baseline comparison failed.</summary>
    public const int GateFailed = 1;

    /// <summary>Bad usage or unreadable input (dataset, thresholds, baseline, unreachable API).</summary>
    public const int BadInput = 2;
}
