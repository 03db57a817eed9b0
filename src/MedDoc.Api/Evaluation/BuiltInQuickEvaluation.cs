using System.Text.Json;
using MedDoc.Api.Contracts;
using MedDoc.Engine;
using MedDoc.Llm;

namespace MedDoc.Api.Evaluation;

/// <summary>
/// Runs the live analysis service over the small synthetic dataset embedded as
/// Evaluation/quick_builtin.json and scores it with <see cref="QuickMetrics"/>.
/// </summary>
public sealed class BuiltInQuickEvaluation(IAnalysisService analysis) : IQuickEvaluation
{
    public const string DatasetName = "quick_builtin";

    public static EvalThresholds Thresholds { get; } = new(0.75, 0.65);

    private static readonly Lazy<IReadOnlyList<QuickExample>> Examples = new(LoadExamples);

    public async Task<QuickEvalResponse> RunAsync(CancellationToken cancellationToken)
    {
        var pairs = new List<(QuickExample, QuickPrediction)>();
        foreach (var example in Examples.Value)
        {
            var result = await analysis.AnalyzeAsync(example.Text, cancellationToken);
            var codes = EvidenceValidator.KeepValid(result.Codes, example.Text)
                .Where(code => code.Assertion == Assertion.Present)
                .Select(code => code.Code)
                .ToArray();
            pairs.Add((example, new QuickPrediction(result.Classification.Type.ToLabel(), codes)));
        }
        return QuickMetrics.Score(DatasetName, pairs, Thresholds);
    }

    private static IReadOnlyList<QuickExample> LoadExamples()
    {
        using var stream = typeof(BuiltInQuickEvaluation).Assembly.GetManifestResourceStream("MedDoc.Api.Evaluation.quick_builtin.json")
            ?? throw new InvalidOperationException("The embedded quick dataset is missing.");
        return JsonSerializer.Deserialize<QuickExample[]>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })
            ?? throw new InvalidOperationException("The embedded quick dataset is empty.");
    }
}
