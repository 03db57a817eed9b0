using MedDoc.Engine.Coding;
using MedDoc.IcdTable;
using MedDoc.Testing;

namespace MedDoc.Engine.Tests.Coding;

/// <summary>
/// The shipped terminology (Rules/icd10cm_terminology.tsv.gz) against the official files in ../shared/data/icd10cm:
/// it is exactly what tools/MedDoc.IcdTable generates from them (stale → fail), its catalog is the whole FY2026
/// order file, and every code a rule file can emit is billable in it.
/// </summary>
public sealed class IcdTerminologyShippedTableTests
{
    private static readonly IcdTerminology Shipped = IcdTerminology.Embedded;

    public static TheoryData<string> EmittableCodes => new(Engine.Rules.RuleCodes.Embedded());

    [Fact]
    public void ShippedCatalogIsTheWholeFy2026CodeSet()
    {
        Assert.Equal(98_186, Shipped.Catalog.Count);
        Assert.Equal(74_719, Shipped.Catalog.Codes.Count(code => code.Billable));
    }

    [Theory]
    [MemberData(nameof(EmittableCodes))]
    public void EveryCodeTheRulesCanEmitIsBillableInFy2026(string code)
    {
        var entry = Shipped.Catalog.Find(code);

        Assert.True(entry is { Billable: true }, $"{code} is {(entry is null ? "not an ICD-10-CM code" : "a header, not billable,")} in FY2026");
    }

    [Fact]
    public void InclusionTermsOfHypertensionIncludeHighBloodPressure()
    {
        Assert.Contains("high blood pressure", Shipped.InclusionTerms("I10"));
    }

    [Fact]
    public void TypeOneAndTypeTwoDiabetesExcludeEachOther()
    {
        Assert.True(Shipped.Excludes("E11.9", "E10.9"));
        Assert.True(Shipped.Excludes("E10.65", "E11.22"));
    }

    [Fact]
    public void HypertensionAndDiabetesMayBeCodedTogether()
    {
        Assert.False(Shipped.Excludes("I10", "E11.9"));
    }

    [Fact]
    public void TypeTwoDiabetesAsksForTheInsulinCode()
    {
        Assert.Contains(Shipped.AdditionalCodes("E11.9"), range => range.Contains("Z79.4"));
    }

    [Fact]
    public void FemurFracturesTakeAnInitialEncounterSeventhCharacter()
    {
        Assert.Contains(new SeventhCharacter('A', "initial encounter for closed fracture"), Shipped.SeventhCharacters("S72.001"));
    }

    [Fact]
    public void NeoplasmTableMapsTheUpperLobeOfTheLung()
    {
        var upperLobe = Shipped.Neoplasms.Single(entry => entry.Path.SequenceEqual(["lung", "upper lobe"]));

        Assert.Equal(("C34.1-", "C78.0-", "D14.3-"), (upperLobe.Primary, upperLobe.Secondary, upperLobe.Benign));
    }

    [Fact]
    public void NeoplasmCodesExistInTheCatalog()
    {
        var unknown = Shipped.Neoplasms
            .SelectMany(entry => new[] { entry.Primary, entry.Secondary, entry.InSitu, entry.Benign, entry.Uncertain, entry.Unspecified })
            .OfType<string>()
            .Select(code => code.TrimEnd('-', '.'))
            .Where(code => Shipped.Catalog.Find(code) is null)
            .Distinct()
            .ToArray();

        Assert.Empty(unknown);
    }

    [OrderFileFact]
    public void ShippedCatalogEqualsTheFy2026OrderFile()
    {
        Assert.Equal(OrderFile.Official.Codes, Shipped.Catalog.Codes);
    }

    [OrderFileFact]
    public void ShippedTableIsWhatTheGeneratorWritesToday()
    {
        var options = TableOptions.Parse(["--data", Path.GetDirectoryName(OrderFile.Path)!, "--out", RepositoryFiles.PathOf("src", "MedDoc.Engine", "Rules", IcdTerminology.EmbeddedTableName), "--check"]);

        var generated = TerminologyTable.Build(options);

        Assert.True(generated == TerminologyTable.ReadText(options.Output), "Rules/icd10cm_terminology.tsv.gz is stale: run dotnet run --project tools/MedDoc.IcdTable");
    }

    [Fact]
    public void WrittenThenReadTerminologyIsTheSame()
    {
        using var text = new StringWriter();
        IcdTerminologyFile.Write(Shipped, text, ["round trip"]);

        var read = IcdTerminologyFile.Read(new StringReader(text.ToString()), "round trip");

        Assert.Equal(Shipped.Catalog.Codes, read.Catalog.Codes);
        Assert.Equal(Shipped.Neoplasms.Count, read.Neoplasms.Count);
        Assert.Equal(Shipped.InclusionTerms("I10"), read.InclusionTerms("I10"));
        Assert.Equal(Shipped.Excludes1("E11"), read.Excludes1("E11"));
    }

    [Fact]
    public void MalformedLineNamesTheSourceAndLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => IcdTerminologyFile.Read(new StringReader("code\tI10\t1\tEssential (primary) hypertension\nbogus\tline\n"), "table.tsv"));

        Assert.Equal("table.tsv line 2: not a code, inclusion, excludes1, additional, seventh or neoplasm record.", error.Message);
    }
}
