using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

/// <summary><see cref="IcdCatalog.Load"/> on the real CMS order file (FY2026, 98,186 lines).</summary>
public sealed class IcdCatalogOrderFileTests
{
    [OrderFileFact]
    public void LoadsEveryLine()
    {
        Assert.Equal(98_186, OrderFile.Official.Count);
    }

    [OrderFileFact]
    public void CountsTheBillableCodes()
    {
        Assert.Equal(74_719, OrderFile.Official.Codes.Count(code => code.Billable));
    }

    [OrderFileFact]
    public void CardiomegalyIsBillable()
    {
        Assert.Equal(new IcdCode("I51.7", "Cardiomegaly", true), OrderFile.Official.Find("I51.7"));
    }

    [OrderFileFact]
    public void PleuralEffusionIsABillableThreeCharacterCode()
    {
        Assert.Equal(new IcdCode("J90", "Pleural effusion, not elsewhere classified", true), OrderFile.Official.Find("J90"));
    }

    [OrderFileFact]
    public void CholeraCategoryIsAHeader()
    {
        Assert.Equal(new IcdCode("A00", "Cholera", false), OrderFile.Official.Find("A00"));
    }

    [OrderFileFact]
    public void SevenCharacterCodeKeepsItsPlaceholder()
    {
        Assert.True(OrderFile.Official.IsBillable("M80.08XA"));
    }

    [OrderFileFact]
    public void FirstEntryIsTheFirstLine()
    {
        Assert.Equal("A00", OrderFile.Official.Codes[0].Code);
    }

    [OrderFileFact]
    public void LongTitleIsUsedNotTheShortOne()
    {
        Assert.Equal("Type 2 diabetes mellitus with diabetic chronic kidney disease", OrderFile.Official.Find("E1122")?.Title);
    }

    [OrderFileFact]
    public void ChildrenOfStageThreeCkdAreItsSubdivisions()
    {
        Assert.Equal(["N18.30", "N18.31", "N18.32"], OrderFile.Official.Children("N18.3").Select(code => code.Code));
    }
}
