namespace MedDoc.Api.RateLimits;

/// <summary>Endpoint metadata: the route analyses text (and so may call Claude), so it also draws from the analysis budget.</summary>
public sealed class AnalysisRoute
{
    public static readonly AnalysisRoute Instance = new();

    private AnalysisRoute()
    {
    }
}
