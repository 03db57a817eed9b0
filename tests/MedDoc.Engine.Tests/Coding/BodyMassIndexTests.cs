using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

/// <summary>An adult's stated body mass index coded (Z68) beside the weight diagnosis it goes with.</summary>
public sealed class BodyMassIndexTests
{
    private static readonly ClinicalEngine Engine = new();

    private static IReadOnlyList<CodeSuggestion> Codes(string text) => Engine.Analyze(text).Codes;

    [Theory]
    [InlineData("A 52-year-old woman with morbid obesity (BMI 41 kg/m²) was referred for surgery.", "Z68.41", "BMI 41")]
    [InlineData("Obesity with a body mass index of 34.9.", "Z68.34", "body mass index of 34.9")]
    [InlineData("Severe malnutrition, BMI: 16.", "Z68.1", "BMI: 16")]
    public void BmiBesideAWeightDiagnosisIsCoded(string text, string code, string evidence)
    {
        var suggestion = Assert.Single(Codes(text), suggestion => suggestion.Code.StartsWith("Z68", StringComparison.Ordinal));

        Assert.Equal(code, suggestion.Code);
        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Theory]
    [InlineData("A 40-year-old man, BMI 24, came with chest pain.")]
    [InlineData("Morbid obesity (BMI > 40 kg/m²).")]
    [InlineData("A 15-year-old boy with obesity, BMI 31.")]
    public void BmiWithoutAWeightDiagnosisABoundOrAChildsIsNotCoded(string text)
    {
        Assert.DoesNotContain(Codes(text), suggestion => suggestion.Code.StartsWith("Z68", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(19.9, "Z68.1")]
    [InlineData(20.0, "Z68.20")]
    [InlineData(26.4, "Z68.26")]
    [InlineData(39.9, "Z68.39")]
    [InlineData(44.9, "Z68.41")]
    [InlineData(52, "Z68.43")]
    [InlineData(74, "Z68.45")]
    [InlineData(5, null)]
    public void AdultBmiTakesTheCodeOfItsRange(double bmi, string? code)
    {
        Assert.Equal(code, BodyMassIndex.CodeOf(bmi));
    }
}
