using MedDoc.Engine.Coding;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class SexSpecificCodesTests
{
    private static readonly ClinicalEngine Engine = new();

    private static IReadOnlyList<string> Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("A 52-year-old man with a history of hysterectomy and hypertension.", "I10")]
    [InlineData("A 45-year-old white Caucasian woman with benign prostatic hyperplasia and hypertension.", "I10")]
    [InlineData("A 42-year-old male presented with dyspareunia and hypertension.", "I10")]
    public void CodeReservedForTheOtherSexThanTheStatedOneIsNotSuggested(string text, string kept)
    {
        Assert.Equal([kept], Codes(text));
    }

    [Theory]
    [InlineData("A 52-year-old woman with a history of hysterectomy and hypertension.", "I10 Z90.710")]
    [InlineData("A 70-year-old male with benign prostatic hyperplasia.", "N40.0")]
    [InlineData("History of hysterectomy and hypertension.", "I10 Z90.710")]
    [InlineData("The 34-year-old patient, 18 weeks pregnant, consulted. Her husband is a 40-year-old man.", "Z3A.18")]
    public void CodeOfTheStatedSexOrOfAnUnstatedOneIsKept(string text, string expected)
    {
        Assert.Equal(expected.Split(' '), Codes(text));
    }

    [Theory]
    [InlineData("A 52-year-old man with chest pain.", false)]
    [InlineData("A 3 years old girl with fever.", true)]
    [InlineData("A 61-year-old Caucasian woman.", true)]
    [InlineData("Two newborns, male and female.", null)]
    [InlineData("A 40-year-old patient whose wife is pregnant.", null)]
    public void SexIsTheNounAfterTheFirstStatedAge(string text, bool? female)
    {
        Assert.Equal(female, SexSpecificCodes.Embedded.StatedSexIsFemale(TextModel.Read(text).Tokens));
    }
}
