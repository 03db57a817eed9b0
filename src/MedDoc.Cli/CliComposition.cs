using MedDoc.Engine;
using MedDoc.Engine.Coding;

namespace MedDoc.Cli;

/// <summary>
/// The CLI's composition root: the offline engine alone (<see cref="RulesAnalysisService"/>), what the API runs when
/// <c>USE_CLAUDE_REAL</c> is false. <c>ICD10CM_ORDER_FILE</c> replaces the embedded catalog as in the API. The CLI never
/// loads the Claude client; the hybrid path is scored through a live API (<c>meddoc eval --api-base</c>).
/// </summary>
public static class CliComposition
{
    /// <summary>The analysis service; <paramref name="environment"/> reads environment variables.</summary>
    public static IAnalysisService CreateAnalysisService(Func<string, string?> environment) => new RulesAnalysisService(CreateEngine(environment));

    /// <summary>The offline engine with the terminology that <paramref name="environment"/> names (the embedded one by default).</summary>
    public static ClinicalEngine CreateEngine(Func<string, string?> environment)
    {
        try
        {
            return new ClinicalEngine(TerminologyEnvironment.Resolve(environment(TerminologyEnvironment.OrderFile)));
        }
        catch (InvalidDataException error)
        {
            throw new UsageException($"{TerminologyEnvironment.OrderFile}: {error.Message}");
        }
    }
}
