using MedDoc.Evaluation.Metrics;

namespace MedDoc.Evaluation.Tests.Metrics;

public sealed class RatiosTests
{
    [Fact]
    public void NothingReturnedGivesPrecisionOne() => Assert.Equal(1.0, Ratios.Precision(0, 0));

    [Fact]
    public void NothingExpectedGivesRecallOne() => Assert.Equal(1.0, Ratios.Recall(0, 0));

    [Fact]
    public void ZeroPrecisionAndRecallGiveZeroF1() => Assert.Equal(0.0, Ratios.F1(0, 0));

    [Fact]
    public void EmptyAnswerToEmptyQuestionScoresOne() =>
        Assert.Equal(1.0, Ratios.F1(Ratios.Precision(0, 0), Ratios.Recall(0, 0)));

    [Fact]
    public void MissingEverythingScoresZeroF1() =>
        Assert.Equal(0.0, Ratios.F1(Ratios.Precision(0, 0), Ratios.Recall(0, 3)));

    [Fact]
    public void HandWorkedF1() => Assert.Equal(0.25, Ratios.F1(Ratios.Precision(1, 4), Ratios.Recall(1, 2)), 10);

    [Fact]
    public void ShareOfNothingIsZero() => Assert.Equal(0.0, Ratios.Share(0, 0));
}
