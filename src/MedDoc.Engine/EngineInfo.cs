using MedDoc.Engine.Rules;

namespace MedDoc.Engine;

/// <summary>Identity of the engine build, recorded with every stored analysis and eval report.</summary>
public static class EngineInfo
{
    /// <summary>The engine's code version; bumped when a stage changes what the engine answers.</summary>
    public const string CodeVersion = "1.1.0";

    /// <summary>
    /// The code version plus the fingerprint of the embedded rules ("1.1.0+3f9a0c12d4e5"), so a stored analysis
    /// shows which rules produced it and any rule change is visible without a manual bump.
    /// </summary>
    public static string Version { get; } = $"{CodeVersion}+{RuleFingerprint.Embedded}";
}
