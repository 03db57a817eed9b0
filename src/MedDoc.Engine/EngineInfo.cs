namespace MedDoc.Engine;

/// <summary>Identity of the engine build, recorded with every stored analysis and eval report.</summary>
public static class EngineInfo
{
    /// <summary>Bumped whenever rules or stages change what the engine answers.</summary>
    public const string Version = "1.0.0";
}
