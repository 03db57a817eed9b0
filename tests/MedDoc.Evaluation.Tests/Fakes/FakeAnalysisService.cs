using MedDoc.Engine;

namespace MedDoc.Evaluation.Tests.Fakes;

/// <summary>Returns a fixed result, or throws when told to.</summary>
internal sealed class FakeAnalysisService(Func<string, AnalysisResult> answer) : IAnalysisService
{
    public Task<AnalysisResult> AnalyzeAsync(string text, CancellationToken cancellationToken) => Task.FromResult(answer(text));
}
