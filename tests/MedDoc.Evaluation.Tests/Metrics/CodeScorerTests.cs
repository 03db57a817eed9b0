using MedDoc.Evaluation.Metrics;

namespace MedDoc.Evaluation.Tests.Metrics;

public sealed class CodeScorerTests
{
    [Fact]
    public void ExpectedCodeReturnedIsTruePositive()
    {
        var score = CodeScorer.ScoreExact(["J90"], [], ["J90"]);
        Assert.Equal(["J90"], score.TruePositives);
        Assert.Empty(score.FalsePositives);
        Assert.Empty(score.FalseNegatives);
    }

    [Fact]
    public void CodesAreComparedTrimmedAndUpperCased() =>
        Assert.Equal(["F32.A"], CodeScorer.ScoreExact(["F32.A"], [], [" f32.a "]).TruePositives);

    [Fact]
    public void DuplicateReturnedCodeCountsOnce() =>
        Assert.Single(CodeScorer.ScoreExact([], [], ["I51.7", "I51.7"]).FalsePositives);

    [Fact]
    public void AcceptableExactCodeIsWaivedNotFalsePositive()
    {
        var score = CodeScorer.ScoreExact([], ["J44.9"], ["J44.9"]);
        Assert.Empty(score.FalsePositives);
        Assert.Equal(["J44.9"], score.Waived);
    }

    [Fact]
    public void AcceptableCategoryCoversEveryCodeInIt()
    {
        var score = CodeScorer.ScoreExact([], ["M47"], ["M47.814", "M47.9"]);
        Assert.Empty(score.FalsePositives);
        Assert.Equal(["M47.814", "M47.9"], score.Waived);
    }

    [Fact]
    public void AcceptableFullCodeDoesNotCoverItsSiblings() =>
        Assert.Equal(["J81.0"], CodeScorer.ScoreExact([], ["J81.1"], ["J81.0"]).FalsePositives);

    [Fact]
    public void AcceptableCodeIsNeverRequired() => Assert.Empty(CodeScorer.ScoreExact([], ["J90"], []).FalseNegatives);

    [Fact]
    public void EmptyExpectedAndReturnedGiveNoCounts()
    {
        var score = CodeScorer.ScoreExact([], [], []);
        Assert.Empty(score.TruePositives);
        Assert.Empty(score.FalsePositives);
        Assert.Empty(score.FalseNegatives);
    }

    [Fact]
    public void SiblingIsAHitAtCategoryLevelButNotExact()
    {
        Assert.Equal(["J81.0"], CodeScorer.ScoreExact(["J81.1"], [], ["J81.0"]).FalsePositives);
        var category = CodeScorer.ScoreCategory(["J81.1"], [], ["J81.0"]);
        Assert.Equal(["J81"], category.TruePositives);
        Assert.Empty(category.FalsePositives);
        Assert.Empty(category.FalseNegatives);
    }

    [Fact]
    public void CategoryFalsePositiveCountsOncePerCategory()
    {
        var category = CodeScorer.ScoreCategory([], [], ["R91.1", "R91.8"]);
        Assert.Equal(["R91"], category.FalsePositives);
    }

    [Fact]
    public void CategoryWaiverFollowsExactLevel()
    {
        var category = CodeScorer.ScoreCategory([], ["I70"], ["I70.0"]);
        Assert.Empty(category.FalsePositives);
        Assert.Equal(["I70"], category.Waived);
    }

    [Fact]
    public void CodeOutsideScoredCategoriesIsUnscored()
    {
        var score = CodeScorer.ScoreExact(["J90"], [], ["J90", "I10"], new HashSet<string> { "J90" });
        Assert.Empty(score.FalsePositives);
        Assert.Equal(["I10"], score.Unscored);
    }

    [Theory]
    [InlineData("M47.814", "M47")]
    [InlineData("J90", "J90")]
    [InlineData(" e11.22", "E11")]
    public void CategoryIsFirstThreeCharacters(string code, string category) => Assert.Equal(category, CodeScorer.Category(code));
}
