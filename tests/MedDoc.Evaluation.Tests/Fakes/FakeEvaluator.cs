using MedDoc.Evaluation.Datasets;
using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation.Tests.Fakes;

/// <summary>Answers from a table keyed by document id and records how many calls were in flight at once.</summary>
internal sealed class FakeEvaluator(IReadOnlyDictionary<string, DocumentPrediction> answers, TimeSpan delay = default) : IDocumentEvaluator
{
    private int _inFlight;

    public int MaxInFlight { get; private set; }

    public string Target => "fake";

    public async Task<DocumentPrediction> PredictAsync(EvalDocument document, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _inFlight);
        lock (answers)
        {
            MaxInFlight = Math.Max(MaxInFlight, now);
        }
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }
            return answers[document.Id];
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
