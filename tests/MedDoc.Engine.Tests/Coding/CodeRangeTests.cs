using MedDoc.Engine.Coding;
using MedDoc.IcdTable;

namespace MedDoc.Engine.Tests.Coding;

public sealed class CodeRangeTests
{
    [Theory]
    [InlineData("E11.22", true)]
    [InlineData("E08", true)]
    [InlineData("E13.9", true)]
    [InlineData("E14", false)]
    [InlineData("D99.9", false)]
    public void CategoryRangeHoldsEveryCodeOfItsCategories(string code, bool contained)
    {
        Assert.Equal(contained, new CodeRange("E08", "E13").Contains(code));
    }

    [Fact]
    public void SingleCodeHoldsItsChildren()
    {
        Assert.True(new CodeRange("O24.4", "O24.4").Contains("o2441"));
        Assert.False(new CodeRange("O24.4", "O24.4").Contains("O24.3"));
    }

    [Fact]
    public void NoteReferencesBecomeRanges()
    {
        var ranges = CodeReferences.Parse("Escherichia coli infection (A04.0-A04.4), gestational diabetes (O24.4-), type 1 (E10.-), flu (J09.X3, J10.2)");

        Assert.Equal([new CodeRange("A04.0", "A04.4"), new CodeRange("O24.4", "O24.4"), new CodeRange("E10", "E10"), new CodeRange("J09.X3", "J09.X3"), new CodeRange("J10.2", "J10.2")], ranges);
    }

    [Fact]
    public void ParenthesesWithoutCodesAreIgnored()
    {
        Assert.Empty(CodeReferences.Parse("hypertension (arterial) (benign)"));
    }
}
