using System.Text;
using MedDoc.Engine;

namespace MedDoc.Fhir.Tests.Support;

/// <summary>Exports of synthetic texts analysed by the real engine, with fixed ids and times so bundles are comparable.</summary>
internal static class Exports
{
    public static readonly DateTimeOffset Created = new(2026, 3, 4, 10, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Generated = new(2026, 3, 4, 11, 0, 0, TimeSpan.Zero);
    private static readonly ClinicalEngine Engine = new();

    public static AnalysisExport Of(string text, IReadOnlyDictionary<string, CodeReviewDecision>? reviews = null, Guid? id = null) =>
        Of(text, Engine.Analyze(text), reviews, id);

    public static AnalysisExport Of(string text, AnalysisResult analysis, IReadOnlyDictionary<string, CodeReviewDecision>? reviews = null, Guid? id = null) =>
        new(
            analysis,
            text,
            new ExportedDocument(id, "report.txt", "text/plain", Encoding.UTF8.GetBytes(text), Created,
                id is null ? null : new Uri($"http://127.0.0.1:8000/api/documents/{id}/content")),
            Generated,
            reviews);
}
