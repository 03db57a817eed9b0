using MedDoc.Evaluation.Gates;

namespace MedDoc.Evaluation.Tests.Gates;

public sealed class ThresholdsReaderTests
{
    [Fact]
    public void AllKeysAreRead() =>
        Assert.Equal(new Thresholds(0.9, 0.8, 0.85, 1.0, 0.05),
            ThresholdsReader.Parse("""{"accuracy": 0.9, "f1": 0.8, "f1_category": 0.85, "evidence_validity": 1.0, "clean_fp_rate": 0.05}""", "t.json"));

    [Fact]
    public void OptionalKeysMayBeAbsent() => Assert.Equal(new Thresholds(0.75, 0.65), ThresholdsReader.Parse("""{"accuracy": 0.75, "f1": 0.65}""", "t.json"));

    [Theory]
    [InlineData("""{"f1": 0.65}""", "t.json: key 'accuracy' is missing")]
    [InlineData("""{"accuracy": 0.75}""", "t.json: key 'f1' is missing")]
    [InlineData("""{"accuracy": "high", "f1": 0.65}""", "t.json: key 'accuracy' must be a number between 0 and 1")]
    [InlineData("""{"accuracy": 0.75, "f1": 65}""", "t.json: key 'f1' must be a number between 0 and 1")]
    [InlineData("""[0.75, 0.65]""", "t.json: expected a JSON object")]
    [InlineData("""{"accuracy": """, "t.json: invalid JSON at line 1")]
    public void MalformedThresholdsNameFileAndKey(string json, string message) =>
        Assert.Equal(message, Assert.Throws<EvaluationInputException>(() => ThresholdsReader.Parse(json, "t.json")).Message);

    [Fact]
    public void ProjectThresholdsAreAtLeastThePrototypeFloor()
    {
        var thresholds = ThresholdsReader.Read(TestPaths.Thresholds);
        Assert.True(thresholds.Accuracy >= Thresholds.Prototype.Accuracy);
        Assert.True(thresholds.F1 >= Thresholds.Prototype.F1);
        Assert.Equal(thresholds, QuickEvaluation.EmbeddedThresholds());
    }
}
