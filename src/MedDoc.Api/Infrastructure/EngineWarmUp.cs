using MedDoc.Engine;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Runs one synthetic analysis through the offline engine before the server listens, so its rules are
/// loaded and its code JIT-compiled before the first real request (which otherwise pays seconds on a busy
/// machine). It calls the engine, not the analysis service, so start-up never reaches Claude.
/// </summary>
public static class EngineWarmUp
{
    private const string Sample = "EXAMINATION: Chest, 2 views.\nFINDINGS: No pleural effusion.\nHemoglobin 14.0 g/dL (13.5-17.5)\n";

    public static void WarmUpEngine(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IDocumentAnalyzer>().Analyze(Sample);
        }
        catch (Exception exception)
        {
            app.Logger.LogWarning("Engine warm-up failed: {ExceptionType}", exception.GetType().Name);
        }
    }
}
