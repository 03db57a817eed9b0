using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

public sealed class NeoplasmCodeCompletionTests
{
    [Theory]
    [InlineData("C34.1-", BodySide.Right, "C34.11")]
    [InlineData("C34.1-", BodySide.Unspecified, "C34.10")]
    [InlineData("C64.-", BodySide.Left, "C64.2")]
    [InlineData("C64.-", BodySide.Unspecified, "C64.9")]
    [InlineData("C56.-", BodySide.Bilateral, "C56.3")]
    [InlineData("C64.-", BodySide.Bilateral, "C64.9")]
    [InlineData("C61", BodySide.Left, "C61")]
    public void OpenCodeTakesTheStatedSideOrTheUnspecifiedChild(string code, BodySide side, string expected)
    {
        Assert.Equal(expected, NeoplasmCodeCompletion.Complete(IcdCatalog.Embedded, code, side));
    }
}
