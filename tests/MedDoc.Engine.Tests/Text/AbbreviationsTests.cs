using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Text;

public sealed class AbbreviationsTests
{
    [Theory]
    [InlineData("Seen by Dr. Example today.", 10)]
    [InlineData("C. difficile colitis.", 1)]
    [InlineData("Aspirin 81 mg p.o. daily.", 17)]
    [InlineData("E. coli bacteremia.", 1)]
    [InlineData("Nodule 1.5 cm.", 8)]
    public void PeriodThatDoesNotEndTheSentenceIsKeptOpen(string text, int period)
    {
        Assert.Equal('.', text[period]);
        Assert.DoesNotContain(TextModel.Read(text).SentenceSpans(0, text.Length), sentence => sentence.End == period + 1 && sentence.End < text.Length);
    }

    [Theory]
    [InlineData("No effusion. Mild cardiomegaly.", 11)]
    [InlineData("Given vitamin C. The patient improved.", 15)]
    [InlineData("Taken p.o. He improved.", 9)]
    public void PeriodBeforeACapitalisedSentenceEndsIt(string text, int period)
    {
        Assert.Equal('.', text[period]);
        Assert.Contains(TextModel.Read(text).SentenceSpans(0, text.Length), sentence => sentence.End == period + 1);
    }

    [Fact]
    public void FindingAfterAGenusInitialStaysInItsSentence()
    {
        var codes = new ClinicalEngine().Analyze("Assessment: C. difficile colitis.").Codes.Select(code => code.Code);
        Assert.Contains("A04.72", codes);
        Assert.DoesNotContain("K52.9", codes);
    }
}
