namespace MedDoc.Engine.Tests.Coding;

/// <summary>
/// A granuloma on a radiograph is reported without a code; the skin diseases named "granuloma" are diagnoses of their own.
/// </summary>
public sealed class GranulomaTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("He had a pedunculated lesion with a clinical diagnosis of pyogenic granuloma.", "L98.0")]
    [InlineData("Skin biopsy confirmed granuloma annulare.", "L92.0")]
    [InlineData("Examination showed a pyogenic granuloma of gingiva.", "K06.8")]
    public void SkinGranulomaIsCodedAsItsDisease(string text, string code)
    {
        Assert.Equal([code], Codes(text));
    }

    [Theory]
    [InlineData("IMPRESSION: Calcified granuloma in the right upper lobe.")]
    [InlineData("FINDINGS: Stable granulomas. Lungs otherwise clear.")]
    public void RadiographGranulomaIsNotCoded(string text)
    {
        Assert.Empty(Codes(text));
    }

    [Fact]
    public void ExcludedPyogenicGranulomaIsNotCoded()
    {
        Assert.Empty(Codes("The lesion was not a pyogenic granuloma."));
    }
}
