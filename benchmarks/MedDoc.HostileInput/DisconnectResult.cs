namespace MedDoc.HostileInput;

/// <summary>How long the server kept working on a request after its client went away.</summary>
public sealed record DisconnectResult(string Input, TimeSpan ClientLeftAfter, TimeSpan? QuietAfter, TimeSpan UncancelledElapsed, int UncancelledStatus)
{
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(5);

    public bool MeetsTarget => QuietAfter is { } quiet && quiet <= Target;
}
