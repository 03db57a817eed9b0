using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Classification;

/// <summary>
/// Maps the raw strength of the deciding evidence to the probability that the type is right, as measured on the real
/// dev sets (MTSamples and TCGA): a monotone step function fitted by isotonic regression (pool adjacent violators),
/// stored in Rules/confidence_calibration.json. Example: raw 0.95 (a title) → 0.99; raw 0.55 (a weak narrative) → 0.7.
/// See docs/evaluation.md for the reliability table and docs/decisions/009-classification-and-text-model.md.
/// </summary>
public sealed class ConfidenceCalibration
{
    private readonly double[] _upperBounds;
    private readonly double[] _probabilities;

    /// <summary>A calibration from steps ordered by upper bound: raw ≤ step's bound → its probability.</summary>
    public ConfidenceCalibration(IReadOnlyList<CalibrationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
        {
            throw new ArgumentException("A calibration needs at least one step.", nameof(steps));
        }
        _upperBounds = steps.Select(step => step.UpTo).ToArray();
        _probabilities = steps.Select(step => step.Probability).ToArray();
        for (var i = 1; i < steps.Count; i++)
        {
            if (_upperBounds[i] <= _upperBounds[i - 1] || _probabilities[i] < _probabilities[i - 1])
            {
                throw new ArgumentException($"Calibration step {i} is not above step {i - 1}: bounds must increase and probabilities must not fall.", nameof(steps));
            }
        }
    }

    /// <summary>The calibration embedded as Rules/confidence_calibration.json.</summary>
    public static ConfidenceCalibration Embedded { get; } =
        new(RuleResources.Read<CalibrationFile>("confidence_calibration.json").Steps);

    /// <summary>The identity: confidence equals raw strength (used to fit a new calibration).</summary>
    public static ConfidenceCalibration Identity { get; } = new([new CalibrationStep(1.0, 1.0)]) { IsIdentity = true };

    private bool IsIdentity { get; init; }

    /// <summary>The calibrated confidence of a decision whose evidence has <paramref name="strength"/>.</summary>
    public double Calibrate(double strength)
    {
        if (IsIdentity)
        {
            return Math.Round(Math.Clamp(strength, 0, 1), 3);
        }
        var index = Array.FindIndex(_upperBounds, bound => strength <= bound);
        return _probabilities[index < 0 ? _probabilities.Length - 1 : index];
    }

    /// <summary>
    /// Fits the step function to (strength, correct) pairs by isotonic regression; a step covers at least
    /// <paramref name="minPerStep"/> decisions so a bin of a few documents cannot claim certainty.
    /// </summary>
    public static IReadOnlyList<CalibrationStep> Fit(IEnumerable<(double Strength, bool Correct)> decisions, int minPerStep = 20)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var blocks = new List<(double UpTo, double Correct, int Count)>();
        foreach (var group in decisions.GroupBy(decision => decision.Strength).OrderBy(group => group.Key))
        {
            blocks.Add((group.Key, group.Count(decision => decision.Correct), group.Count()));
            while (blocks.Count > 1 && Violates(blocks[^2], blocks[^1], minPerStep))
            {
                var (upTo, correct, count) = blocks[^1];
                var previous = blocks[^2];
                blocks.RemoveAt(blocks.Count - 1);
                blocks[^1] = (upTo, previous.Correct + correct, previous.Count + count);
            }
        }
        // A too-small last block joins its neighbour.
        while (blocks.Count > 1 && blocks[^1].Count < minPerStep)
        {
            var last = blocks[^1];
            blocks.RemoveAt(blocks.Count - 1);
            blocks[^1] = (last.UpTo, blocks[^1].Correct + last.Correct, blocks[^1].Count + last.Count);
        }
        return blocks.Select((block, index) => new CalibrationStep(index == blocks.Count - 1 ? 1.0 : block.UpTo, Math.Round(block.Correct / block.Count, 3))).ToArray();
    }

    private static bool Violates((double UpTo, double Correct, int Count) previous, (double UpTo, double Correct, int Count) current, int minPerStep) =>
        previous.Count < minPerStep || previous.Correct / previous.Count >= current.Correct / current.Count;
}
