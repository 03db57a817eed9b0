namespace MedDoc.Cli;

/// <summary>The exit codes of every meddoc command.</summary>
public static class ExitCodes
{
    /// <summary>Done; for eval, the gate passed.</summary>
    public const int Success = 0;

    /// <summary>eval: the gate or the baseline comparison failed.</summary>
    public const int GateFailed = 1;

    /// <summary>batch: every document was processed, but some failed (their result lines say why).</summary>
    public const int DocumentsFailed = 1;

    /// <summary>Bad usage or unreadable input (dataset, thresholds, baseline, unreachable API).</summary>
    public const int BadInput = 2;

    /// <summary>keys: the API refused the caller's credentials (401) or role (403).</summary>
    public const int Refused = 3;

    /// <summary>keys revoke: the tenant has no API key with that id.</summary>
    public const int NotFound = 4;
}
