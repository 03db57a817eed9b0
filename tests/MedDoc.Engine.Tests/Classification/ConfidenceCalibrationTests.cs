using MedDoc.Engine.Classification;

namespace MedDoc.Engine.Tests.Classification;

public sealed class ConfidenceCalibrationTests
{
    [Fact]
    public void FitPoolsAdjacentViolatorsIntoAMonotoneStepFunction()
    {
        // strength 0.5: 1 of 2 right; 0.6: 0 of 2 right (violates, pooled with 0.5 → 1 of 4); 0.9: 4 of 4 right.
        var decisions = new (double, bool)[] { (0.5, true), (0.5, false), (0.6, false), (0.6, false), (0.9, true), (0.9, true), (0.9, true), (0.9, true) };
        var steps = ConfidenceCalibration.Fit(decisions, minPerStep: 2);
        Assert.Equal([new CalibrationStep(0.6, 0.25), new CalibrationStep(1.0, 1.0)], steps);
    }

    [Fact]
    public void CalibrateReadsTheStepAtOrAboveTheStrength()
    {
        var calibration = new ConfidenceCalibration([new CalibrationStep(0.6, 0.25), new CalibrationStep(1.0, 0.98)]);
        Assert.Equal((0.25, 0.25, 0.98), (calibration.Calibrate(0.3), calibration.Calibrate(0.6), calibration.Calibrate(0.61)));
    }

    [Fact]
    public void StepsThatFallAreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ConfidenceCalibration([new CalibrationStep(0.6, 0.9), new CalibrationStep(1.0, 0.5)]));
        Assert.Contains("step 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedCalibrationIsMonotoneAndWithinZeroAndOne()
    {
        var values = Enumerable.Range(0, 101).Select(i => ConfidenceCalibration.Embedded.Calibrate(i / 100.0)).ToArray();
        Assert.All(values, value => Assert.InRange(value, 0.0, 1.0));
        Assert.Equal(values.Order(), values);
    }
}
