using System.Text;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Tests.Rules;

public sealed class RuleCodesTests
{
    private static IReadOnlySet<string> Codes(string json) => RuleCodes.FromJson(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("J90")]
    [InlineData("E11.22")]
    [InlineData("M80.08XA")]
    [InlineData("F32.A")]
    [InlineData("I517")]
    public void CodeShapedStringsAreCodes(string value)
    {
        Assert.True(RuleCodes.LooksLikeCode(value));
    }

    [Theory]
    [InlineData("718-7")]
    [InlineData("hpi")]
    [InlineData("E1")]
    [InlineData("E11.22.1")]
    [InlineData("E1.122")]
    [InlineData("HGB")]
    [InlineData("e11.9")]
    public void OtherStringsAreNotCodes(string value)
    {
        Assert.False(RuleCodes.LooksLikeCode(value));
    }

    [Fact]
    public void CodeAndReplacesFieldsAreCollected()
    {
        Assert.Equal(["E11.22", "E11.9"], Codes("""{ "rules": [ { "code": "E11.22", "replaces": ["E11.9"] } ] }"""));
    }

    [Fact]
    public void SupersedesAndCodesFieldsAreCollected()
    {
        Assert.Equal(["D64.9", "J90"], Codes("""{ "codes": ["J90"], "x": { "supersedes": ["D64.9"] } }"""));
    }

    [Fact]
    public void FieldsEndingInCodeAreCollectedWithTheirDot()
    {
        Assert.Equal(["D72.829", "D72.819"], Codes("""{ "high_code": "D72829", "low_code": "D72.819" }""").OrderDescending());
    }

    [Fact]
    public void CodeShapedStringsInOtherFieldsAreIgnored()
    {
        Assert.Empty(Codes("""{ "name": "J90", "example": "I10", "code": null }"""));
    }

    [Fact]
    public void CommentsAndTrailingCommasAreAccepted()
    {
        Assert.Equal(["I10"], Codes("{ // hypertension\n \"code\": \"I10\", }"));
    }

    [Fact]
    public void EmbeddedRulesNameTheDiabeticCkdCode()
    {
        Assert.Contains("E11.22", RuleCodes.Embedded());
    }
}
