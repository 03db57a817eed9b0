namespace MedDoc.Engine.Tests.Coding;

/// <summary>Enlarged lymph nodes: a node group named by its region is localized (R59.0), otherwise unspecified (R59.9).</summary>
public sealed class LymphNodeEnlargementTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("Examination revealed small laterocervical adenopathies.", "laterocervical adenopathies")]
    [InlineData("She had fever and painful submandibular lymphadenopathy.", "submandibular lymphadenopathy")]
    [InlineData("There were lymphadenopathies on both sides of the neck.", "lymphadenopathies on both sides of the neck")]
    [InlineData("CT showed para-aortic adenopathy.", "para-aortic adenopathy")]
    [InlineData("Locoregional lymphadenopathy was also evident.", "Locoregional lymphadenopathy")]
    public void EnlargedNodesOfANamedRegionAreLocalized(string text, string evidence)
    {
        var suggestion = Assert.Single(Engine.Analyze(text).Codes, code => code.Code.StartsWith("R59", StringComparison.Ordinal));

        Assert.Equal("R59.0", suggestion.Code);
        Assert.Equal(evidence, Assert.Single(suggestion.Evidence).Text);
    }

    [Fact]
    public void EnlargedNodesWithoutARegionStayUnspecified()
    {
        Assert.Contains("R59.9", Codes("Examination revealed lymphadenopathy."));
    }

    [Fact]
    public void NegatedRegionalAdenopathyIsNotCoded()
    {
        Assert.DoesNotContain(Codes("No cervical lymphadenopathy was found."), code => code.StartsWith("R59", StringComparison.Ordinal));
    }
}
