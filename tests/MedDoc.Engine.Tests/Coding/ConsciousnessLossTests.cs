namespace MedDoc.Engine.Tests.Coding;

public sealed class ConsciousnessLossTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] Codes(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("He suffered a concussion with loss of consciousness while playing football.", "S06.0X9A")]
    [InlineData("She had a concussion with brief loss of consciousness.", "S06.0X1A")]
    [InlineData("She had a concussion without loss of consciousness.", "S06.0X0A")]
    [InlineData("A traumatic brain injury with loss of consciousness for 10 minutes.", "S06.9X1A")]
    [InlineData("The driver presented a cranioencephalic trauma with loss of consciousness.", "S06.9X9A")]
    [InlineData("He sustained a concussion at football practice. He lost consciousness for a few seconds.", "S06.0X1A")]
    public void IntracranialInjuryTakesTheLossOfConsciousnessItsSentenceStates(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Theory]
    [InlineData("He suffered a concussion while playing football.", "S06.0X0A")]
    [InlineData("He sustained a concussion at football practice. He has a headache.", "S06.0X0A")]
    [InlineData("She was admitted with a traumatic brain injury after a fall.", "S06.9XAA")]
    [InlineData("The patient presented with head trauma with loss of consciousness after a fall.", "S09.90XA")]
    public void UnstatedLossOrAnInjuryOutsideTheBrainKeepsItsCode(string text, string expected)
    {
        Assert.Contains(expected, Codes(text));
    }

    [Fact]
    public void PotentialForAnInjuryIsNotCoded()
    {
        Assert.DoesNotContain("S09.90XA", Codes("He was evaluated for a potential for closed head injury after the accident."));
        Assert.Contains("S09.90XA", Codes("He was evaluated for a closed head injury after the accident."));
    }
}
