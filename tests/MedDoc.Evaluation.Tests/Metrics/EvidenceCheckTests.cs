using MedDoc.Evaluation.Metrics;
using MedDoc.Evaluation.Targets;

namespace MedDoc.Evaluation.Tests.Metrics;

public sealed class EvidenceCheckTests
{
    private const string Text = "Hemoglobin 9.2 g/dL (L). Cardiomegaly.";

    [Fact]
    public void VerbatimEvidenceWithExactSpanIsValid() =>
        Assert.True(EvidenceCheck.IsValid(new PredictedCode("I51.7", ["Cardiomegaly"], [new PredictedSpan(25, 37, "Cardiomegaly")]), Text));

    [Fact]
    public void ShiftedSpanIsInvalid() =>
        Assert.False(EvidenceCheck.IsValid(new PredictedCode("I51.7", ["Cardiomegaly"], [new PredictedSpan(24, 36, "Cardiomegaly")]), Text));

    [Fact]
    public void EvidenceNotInTextIsInvalid() =>
        Assert.False(EvidenceCheck.IsValid(new PredictedCode("I51.7", ["Enlarged heart"], [new PredictedSpan(25, 37, "Cardiomegaly")]), Text));

    [Fact]
    public void MissingEvidenceOrSpansIsInvalid()
    {
        Assert.False(EvidenceCheck.IsValid(new PredictedCode("I51.7", [], [new PredictedSpan(25, 37, "Cardiomegaly")]), Text));
        Assert.False(EvidenceCheck.IsValid(new PredictedCode("I51.7", ["Cardiomegaly"], []), Text));
    }

    [Fact]
    public void SpanPastTheEndIsInvalid() =>
        Assert.False(EvidenceCheck.IsValid(new PredictedCode("I51.7", ["Cardiomegaly"], [new PredictedSpan(30, 99, "Cardiomegaly")]), Text));

    [Fact]
    public void OffsetsCountCodePointsAfterACharacterOutsideTheBmp()
    {
        const string text = "Note \U0001F600: Cardiomegaly.";
        // The emoji is two UTF-16 units but one code point: "Cardiomegaly" starts at code point 8, UTF-16 index 9.
        Assert.True(EvidenceCheck.IsValid(new PredictedCode("I51.7", ["Cardiomegaly"], [new PredictedSpan(8, 20, "Cardiomegaly")]), text));
        Assert.False(EvidenceCheck.IsValid(new PredictedCode("I51.7", ["Cardiomegaly"], [new PredictedSpan(9, 21, "Cardiomegaly")]), text));
    }
}
