using MedDoc.Llm;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Runs one synthetic analysis before the server listens, so the engine's rules and compiled
/// patterns are loaded and JIT-compiled before the first real request (which otherwise pays seconds
/// on a busy machine).
/// </summary>
public static class EngineWarmUp
{
    private const string Sample = "EXAMINATION: Chest, 2 views.\nFINDINGS: No pleural effusion.\nHemoglobin 14.0 g/dL (13.5-17.5)\n";

    public static async Task WarmUpEngineAsync(this WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<IAnalysisService>().AnalyzeAsync(Sample, CancellationToken.None);
        }
        catch (Exception exception)
        {
            app.Logger.LogWarning("Engine warm-up failed: {ExceptionType}", exception.GetType().Name);
        }
    }
}
