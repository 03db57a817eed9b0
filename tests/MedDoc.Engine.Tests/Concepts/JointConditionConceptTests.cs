namespace MedDoc.Engine.Tests.Concepts;

/// <summary>
/// Joint pain takes the code of the joint its sentence names, whatever word names the pain ("arthralgias in both knees",
/// "gonalgia"), and synovitis or tenosynovitis named alone is M65.90 (the Index sends both main terms to M65.9-).
/// </summary>
public sealed class JointConditionConceptTests
{
    private static readonly ClinicalEngine Engine = new();

    private static string[] CodesOf(string text) => Engine.Analyze(text).Codes.Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("She complained of arthralgias in both knees.", "M25.561", "M25.562")]
    [InlineData("Arthralgia of the right knee for a month.", "M25.561", null)]
    [InlineData("He had bilateral gonalgia after the fall.", "M25.561", "M25.562")]
    [InlineData("Arthralgias in the left hip and fever.", "M25.552", null)]
    [InlineData("Pain in both shoulders on waking.", "M25.511", "M25.512")]
    public void ArthralgiaPlacedInAJointTakesTheJointsCode(string text, string code, string? otherSide)
    {
        var codes = CodesOf(text);

        Assert.Contains(code, codes);
        if (otherSide is not null)
        {
            Assert.Contains(otherSide, codes);
        }
        Assert.DoesNotContain("M25.50", codes);
    }

    [Theory]
    [InlineData("She reported arthralgias and fever for a week.")]
    [InlineData("Arthralgia, myalgia and headache.")]
    public void ArthralgiaOfNoNamedJointStaysUnspecified(string text)
    {
        Assert.Contains("M25.50", CodesOf(text));
    }

    [Theory]
    [InlineData("MRI of the foot showed posterior tibial tenosynovitis.", "M65.979")]
    [InlineData("Magnetic resonance showed mild synovitis in the hip joint.", "M65.959")]
    [InlineData("He was diagnosed with hip synovitis and prescribed rest.", "M65.959")]
    [InlineData("Magnetic resonance showed mild synovitis.", "M65.90")]
    public void SynovitisOrTenosynovitisNamedAloneIsCoded(string text, string code)
    {
        Assert.Contains(code, CodesOf(text));
    }

    [Theory]
    [InlineData("Ultrasound showed inflammation of the tissue without signs of synovitis.", "M65.90")]
    [InlineData("Pigmented villonodular synovitis of the knee.", "M65.90")]
    [InlineData("Transient synovitis of the hip.", "M65.90")]
    public void NegatedOrMoreSpecificSynovitisIsNotM6590(string text, string code)
    {
        Assert.DoesNotContain(code, CodesOf(text));
    }
}
