using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MedDoc.Engine;
using MedDoc.Llm.Configuration;
using MedDoc.Llm.Prompts;

namespace MedDoc.Api.Caching;

/// <summary>
/// Names cached analyses: <c>meddoc:analysis:{engine version}:{settings}:{SHA-256 of the text}</c>. The settings part
/// is a short hash of everything else that changes the answer: the ICD terminology in use and, with Claude on, the
/// provider, model, routing, thresholds, PHI redaction and prompt versions. A key never holds the text itself.
/// </summary>
public sealed class AnalysisCacheKeys
{
    private readonly string _prefix;

    /// <param name="engineVersion">The engine's version (<see cref="EngineInfo.Version"/>).</param>
    /// <param name="settings">What else changes the answer, in any stable spelling (see <see cref="Settings"/>).</param>
    public AnalysisCacheKeys(string engineVersion, string settings)
    {
        EngineVersion = engineVersion;
        _prefix = $"meddoc:analysis:{engineVersion}:{Hash(settings)[..16]}:";
    }

    public string EngineVersion { get; }

    /// <summary>The key of <paramref name="text"/>'s analysis.</summary>
    public string For(string text) => _prefix + Hash(text);

    /// <summary>The keys of this process: the engine's version, its terminology and how Claude is asked (if at all).</summary>
    public static AnalysisCacheKeys For(LlmOptions llm, string? terminologyFile) =>
        new(EngineInfo.Version, Settings(llm, terminologyFile is null ? "embedded" : FileHash(terminologyFile)));

    /// <summary>
    /// The settings that change an answer, spelled out: "rules|terminology=embedded", or with Claude on
    /// "claude|…|model=…|routing=…|prompts=classify@v1,…|terminology=…".
    /// </summary>
    public static string Settings(LlmOptions llm, string terminology)
    {
        if (!llm.Enabled)
        {
            return $"rules|terminology={terminology}";
        }
        var prompts = string.Join(',', PromptLibrary.Embedded.All.Select(prompt => prompt.Id));
        return string.Create(CultureInfo.InvariantCulture,
            $"claude|provider={llm.Provider}|model={llm.Model}|routing={llm.Routing}|confidence={llm.ConfidenceThreshold:R}"
            + $"|coverage={llm.MinFindingsPer1000Chars:R}|redaction={llm.PhiRedaction}|tokens={llm.MaxOutputTokens}|prompts={prompts}|terminology={terminology}");
    }

    private static string FileHash(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
