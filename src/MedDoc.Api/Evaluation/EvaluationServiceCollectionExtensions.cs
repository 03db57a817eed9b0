namespace MedDoc.Api.Evaluation;

/// <summary>Registers what answers GET /api/eval/quick.</summary>
public static class EvaluationServiceCollectionExtensions
{
    public static IServiceCollection AddQuickEvaluation(this IServiceCollection services) =>
        services.AddSingleton<IQuickEvaluation, QuickEvaluationRunner>();
}
