namespace MedDoc.Engine.Tests.Concepts;

/// <summary>
/// Abdominal pain and tenderness take the code of the region the sentence places them in (R10.1–R10.3, R10.81–R10.82),
/// in either word order and in the regional names of the quadrants (hypochondrium, iliac fossa, hypogastrium).
/// </summary>
public sealed class AbdominalRegionConceptTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] CodesOf(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("She had pain in the right lower quadrant for two days.", "R10.31")]
    [InlineData("He was admitted for acute pain in the left hypochondrium.", "R10.12")]
    [InlineData("She complained of pain in the right hypochondrium.", "R10.11")]
    [InlineData("He reported moderate abdominal pain in the hypogastrium.", "R10.30")]
    [InlineData("Pain around the umbilicus since the morning.", "R10.33")]
    [InlineData("Colicky pain located in the left iliac fossa.", "R10.32")]
    [InlineData("Upper abdominal pain after meals.", "R10.10")]
    public void PainPlacedInARegionTakesTheRegionsCode(string text, string code)
    {
        var codes = CodesOf(text);

        Assert.Contains(code, codes);
        Assert.DoesNotContain("R10.9", codes);
    }

    [Theory]
    [InlineData("Abdomen: tenderness in the right iliac fossa.", "R10.813")]
    [InlineData("The abdomen was tender in the left upper quadrant.", "R10.812")]
    [InlineData("Epigastric tenderness on palpation.", "R10.816")]
    [InlineData("Abdomen was diffusely tender.", "R10.817")]
    [InlineData("The abdomen was tender on palpation.", "R10.819")]
    [InlineData("Rebound tenderness in the right lower quadrant.", "R10.823")]
    [InlineData("Positive Blumberg sign.", "R10.829")]
    public void TendernessPlacedInARegionTakesTheRegionsCode(string text, string code)
    {
        Assert.Contains(code, CodesOf(text));
    }

    [Theory]
    [InlineData("The abdomen was soft and non-tender.")]
    [InlineData("Abdomen soft, no tenderness in the right lower quadrant, no rebound.")]
    [InlineData("She had a tender mass in the left iliac fossa.")]
    [InlineData("The pain radiated to the right iliac fossa.")]
    public void NegatedOrUnplacedTendernessGivesNoRegionCode(string text)
    {
        Assert.DoesNotContain(CodesOf(text), code => code.StartsWith("R10.8", StringComparison.Ordinal) || code is "R10.31" or "R10.32");
    }

    [Fact]
    public void AppendicitisExplainsThePainAndTendernessOfItsQuadrant()
    {
        var codes = CodesOf("Acute appendicitis with pain and tenderness in the right lower quadrant.");

        Assert.Contains("K35.80", codes);
        Assert.DoesNotContain("R10.31", codes);
        Assert.DoesNotContain("R10.813", codes);
    }
}
