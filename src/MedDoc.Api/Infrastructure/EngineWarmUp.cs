using MedDoc.Engine;
using MedDoc.Engine.Coding;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// Runs one synthetic analysis through the offline engine before the server listens, so its rules are
/// loaded and its code JIT-compiled before the first real request (which otherwise pays seconds on a busy
/// machine), and builds the ICD-10-CM search index. It calls the engine, not the analysis service, so start-up never reaches Claude.
/// </summary>
public static class EngineWarmUp
{
    private const string Sample = "EXAMINATION: Chest, 2 views.\nFINDINGS: No pleural effusion.\nHemoglobin 14.0 g/dL (13.5-17.5)\n";

    public static void WarmUpEngine(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IDocumentAnalyzer>().Analyze(Sample);
            app.Services.GetRequiredService<IcdCodeSearch>().Search("E11");
        }
        catch (Exception exception)
        {
            app.Logger.LogWarning("Engine warm-up failed: {ExceptionType}", exception.GetType().Name);
        }
    }
}
