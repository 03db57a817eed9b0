using System.Text.RegularExpressions;
using MedDoc.Engine;
using MedDoc.Engine.Labs;
using MedDoc.Fhir.Terminology;

namespace MedDoc.Fhir.Tests;

/// <summary>Terminology/terminology.json covers what the engine reads and every LOINC code in it is well formed.</summary>
public sealed partial class FhirTerminologyTests
{
    private static readonly FhirTerminology Table = FhirTerminology.Embedded;

    public static TheoryData<string> AnalyteIds => new(LabVocabulary.AnalyteIds);

    [Theory]
    [MemberData(nameof(AnalyteIds))]
    public void AnalyteHasALoincCodeInItsDefaultUnit(string analyte)
    {
        var defaultUnit = LabVocabulary.UnitsOf(analyte)[0];

        Assert.NotNull(Table.LoincFor(analyte, defaultUnit));
    }

    [Theory]
    [MemberData(nameof(AnalyteIds))]
    public void EveryUnitTheAnalyteIsReadInHasAUcumCode(string analyte)
    {
        Assert.All(LabVocabulary.UnitsOf(analyte), unit => Assert.NotNull(Table.UcumFor(unit)));
    }

    [Fact]
    public void EveryEntryNamesAnAnalyteAndUnitsTheEngineReads()
    {
        Assert.All(Table.File.Analytes, entry =>
        {
            Assert.Contains(entry.Analyte, LabVocabulary.AnalyteIds);
            Assert.All(entry.Units, unit => Assert.Contains(unit, LabVocabulary.UnitsOf(entry.Analyte)));
        });
    }

    [Fact]
    public void EveryLoincCodeIsWellFormedWithItsCheckDigit()
    {
        var codes = Table.File.Analytes.Select(entry => entry.Loinc)
            .Concat(Table.File.DocumentTypes.Select(entry => entry.Loinc).OfType<string>())
            .ToArray();

        Assert.All(codes, code =>
        {
            Assert.Matches(LoincPattern(), code);
            Assert.Equal(code[^1] - '0', LoincCheckDigit(code[..code.IndexOf('-', StringComparison.Ordinal)]));
        });
    }

    [Fact]
    public void EveryLoincEntryHasADisplay()
    {
        Assert.All(Table.File.Analytes, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Display), entry.Loinc));
    }

    [Fact]
    public void EveryDocumentTypeHasAnEntry()
    {
        Assert.All(Enum.GetValues<DocumentType>(), type => Assert.Equal(type.ToLabel(), Table.For(type).Label));
    }

    [Fact]
    public void UcumCodesUseUcumSpellings()
    {
        Assert.Equal("10*3/uL", Table.UcumFor("10^3/uL"));
        Assert.Equal("m[IU]/L", Table.UcumFor("mIU/L"));
        Assert.All(Table.File.Units, unit => Assert.DoesNotContain('^', unit.Ucum));
    }

    [Fact]
    public void DuplicateAnalyteAndUnitIsRejected()
    {
        var entry = new AnalyteLoinc("hemoglobin", ["g/dL"], "718-7", "Hemoglobin [Mass/volume] in Blood");

        Assert.Throws<InvalidDataException>(() => new FhirTerminology(new TerminologyFile([], [entry, entry], [], [])));
    }

    /// <summary>LOINC's mod-10 check digit: double every other digit from the right, add the digits, and take what completes ten.</summary>
    private static int LoincCheckDigit(string number)
    {
        var sum = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var digit = number[number.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                digit = digit / 10 + digit % 10;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    [GeneratedRegex(@"^\d{1,7}-\d$")]
    private static partial Regex LoincPattern();
}
