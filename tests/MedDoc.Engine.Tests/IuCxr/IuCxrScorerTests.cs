namespace MedDoc.Engine.Tests.IuCxr;

public sealed class IuCxrScorerTests
{
    private static IuCxrReport Report(string[] expected, string[] acceptable, string[]? labels = null) =>
        new(1, "text", "X-RAY", expected, acceptable, labels ?? ["Cardiomegaly"]);

    [Fact]
    public void ExpectedReturnedIsATruePositiveAndMissingIsAFalseNegative()
    {
        var outcome = IuCxrScorer.Judge(Report(["I51.7", "J90"], []), ["i51.7 "]);

        Assert.Equal(["I51.7"], outcome.TruePositives);
        Assert.Equal(["J90"], outcome.FalseNegatives);
        Assert.Empty(outcome.FalsePositives);
    }

    [Fact]
    public void AcceptableCategoryEntryWaivesAnyCodeInIt()
    {
        var outcome = IuCxrScorer.Judge(Report([], ["M47"]), ["M47.814"]);

        Assert.Empty(outcome.FalsePositives);
    }

    [Fact]
    public void UnscoredCategoryIsNeverAFalsePositive()
    {
        var outcome = IuCxrScorer.Judge(Report([], []), ["E11.9"]);

        Assert.Empty(outcome.FalsePositives);
    }

    [Fact]
    public void SiblingCodeIsACategoryHitButAnExactMiss()
    {
        var outcome = IuCxrScorer.Judge(Report(["J81.1"], []), ["J81.0"]);

        Assert.Equal(["J81.0"], outcome.FalsePositives);
        Assert.Equal(["J81.1"], outcome.FalseNegatives);
        Assert.Equal((1, 0, 0), (outcome.CategoryTruePositives, outcome.CategoryFalsePositives, outcome.CategoryFalseNegatives));
    }

    [Fact]
    public void MicroF1IsComputedFromTheCounts()
    {
        var score = new IuCxrScore(4, 0, 4, Tp: 8, Fp: 2, Fn: 2, 8, 2, 2, NormalReports: 2, NormalWithCodes: 1, ReturnedCodes: 10, ValidEvidenceCodes: 10);

        Assert.Equal(0.8, score.F1, 6);
        Assert.Equal(0.5, score.NormalFpRate, 6);
        Assert.Equal("iu-dev: acc=1.000 f1=0.800 f1_cat=0.800 normal_fp=0.500 evid_ok=1.000 n=4 err=0", score.SummaryLine());
    }
}
