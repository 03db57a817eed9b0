using MedDoc.Evaluation.Targets;
using MedDoc.Evaluation.Tests.Fakes;
using static MedDoc.Evaluation.Tests.Fakes.Docs;

namespace MedDoc.Evaluation.Tests;

public sealed class EvaluationRunnerTests
{
    private static readonly string[] Ids = Enumerable.Range(0, 12).Select(i => $"d{i}").ToArray();

    private static FakeEvaluator Evaluator(TimeSpan delay = default) =>
        new(Ids.ToDictionary(id => id, id => Answer("X-RAY", Code("I51.7"))), delay);

    private static readonly MedDoc.Evaluation.Datasets.EvalDocument[] Documents = Ids.Select(id => Doc(id, "X-RAY", ["I51.7"])).ToArray();

    [Fact]
    public async Task ResultsKeepDatasetOrder()
    {
        var outcome = await EvaluationRunner.RunAsync(Documents, Evaluator(TimeSpan.FromMilliseconds(5)), new EvaluationOptions(Concurrency: 4));
        Assert.Equal(Ids, outcome.Documents.Select(document => document.Id));
        Assert.Equal(1.0, outcome.Metrics.Codes.Exact.F1);
        Assert.Equal("fake", outcome.Target);
    }

    [Fact]
    public async Task ConcurrencyIsBounded()
    {
        var evaluator = Evaluator(TimeSpan.FromMilliseconds(20));
        await EvaluationRunner.RunAsync(Documents, evaluator, new EvaluationOptions(Concurrency: 3));
        Assert.InRange(evaluator.MaxInFlight, 1, 3);
    }

    [Fact]
    public async Task ProgressReportsEveryDocument()
    {
        var reported = new List<int>();
        var progress = new SynchronousProgress(value => { lock (reported) { reported.Add(value); } });
        await EvaluationRunner.RunAsync(Documents, Evaluator(), EvaluationOptions.Default, progress);
        Assert.Equal(Enumerable.Range(1, Ids.Length), reported.Order());
    }

    [Fact]
    public async Task LlmUsageIsTheDifferenceOverTheRun()
    {
        var calls = 10L;
        var evaluator = Evaluator();
        var options = new EvaluationOptions(LlmUsageProbe: () => new LlmUsage(Interlocked.Add(ref calls, 3), 100 * calls, 10 * calls));
        var outcome = await EvaluationRunner.RunAsync(Documents, evaluator, options);
        Assert.Equal(new LlmUsage(3, 300, 30), outcome.Metrics.Llm);
    }

    [Fact]
    public async Task WithoutProbeLlmUsageIsNull() =>
        Assert.Null((await EvaluationRunner.RunAsync(Documents, Evaluator())).Metrics.Llm);

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
