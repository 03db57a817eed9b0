using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("No effusion. Mild cardiomegaly.", 2)]
    [InlineData("No effusion or\npneumothorax.", 1)]
    [InlineData("Clear lungs\nNormal heart", 2)]
    [InlineData("Is there effusion? No! Clear lungs", 3)]
    [InlineData("A 1.7 cm nodule is seen.", 1)]
    [InlineData("Assessment: ? cholecystitis. Plan: antibiotics.", 2)]
    [InlineData("PMH: ulcer, ?stroke and memory loss.", 1)]
    [InlineData("On diuretics, ? hypovolemia as a consequence.", 1)]
    [InlineData("Any fever? Pneumonia last week.", 2)]
    [InlineData("Any fever?\nno", 2)]
    public void SentencesEndAtPunctuationAndAtLineBreaksOutsideProse(string text, int expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.Equal(expected, sentences.Count);
        Assert.Equal(tokens.Count, sentences.Sum(sentence => sentence.Count));
    }
}
