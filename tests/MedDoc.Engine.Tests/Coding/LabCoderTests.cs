using MedDoc.Engine.Coding;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Coding;

public sealed class LabCoderTests
{
    private static readonly LabValueParser Parser = new();
    private static readonly LabCoder Coder = new(IcdCatalog.Embedded);

    private static IReadOnlyList<CodeSuggestion> CodeText(string text, params string[] documented) =>
        Coder.Code(Parser.Parse(TextModel.Read(text)), documented.ToHashSet(StringComparer.Ordinal));

    private static string[] Codes(string text, params string[] documented) =>
        CodeText(text, documented).Select(code => code.Code).ToArray();

    [Theory]
    [InlineData("Hemoglobin 9.2 g/dL (13.5-17.5) L", "D64.9")]
    [InlineData("WBC 15.2 x10^3/uL (4.0-11.0) H", "D72.829")]
    [InlineData("WBC 2.1 x10^3/uL (4.0-11.0) L", "D72.819")]
    [InlineData("Platelets 95 K/uL (150-400) L", "D69.6")]
    [InlineData("Platelets 612 K/uL (150-400) H", "D75.839")]
    [InlineData("Sodium 128 mmol/L (135-145) L", "E87.1")]
    [InlineData("Sodium 151 mmol/L (135-145) H", "E87.0")]
    [InlineData("Potassium 5.9 mmol/L (3.5-5.1) H", "E87.5")]
    [InlineData("Potassium 2.9 mmol/L (3.5-5.1) L", "E87.6")]
    [InlineData("Glucose 212 mg/dL (70-99) H", "R73.9")]
    [InlineData("Glucose 52 mg/dL (70-99) L", "E16.2")]
    [InlineData("Creatinine 2.4 mg/dL (0.6-1.3) H", "R94.4")]
    [InlineData("Calcium 11.2 mg/dL (8.5-10.5) H", "E83.52")]
    [InlineData("Calcium 7.6 mg/dL (8.5-10.5) L", "E83.51")]
    [InlineData("ALT 120 U/L (7-56) H", "R74.01")]
    [InlineData("AST 98 U/L (10-40) H", "R74.01")]
    [InlineData("Hemoglobin A1c 6.1 % (4.8-5.6) H", "R73.03")]
    [InlineData("Hemoglobin A1c 7.4 % (4.8-5.6) H", "R73.09")]
    [InlineData("TSH 8.9 mIU/L (0.4-4.5) H", "R94.6")]
    [InlineData("TSH 0.05 mIU/L (0.4-4.5) L", "R94.6")]
    public void AbnormalValueGetsItsTableCode(string line, string code)
    {
        Assert.Equal([code], Codes(line));
    }

    [Fact]
    public void NormalValueIsNotCoded()
    {
        Assert.Empty(Codes("Hemoglobin 14.2 g/dL (13.5-17.5)"));
    }

    [Fact]
    public void ValueAtTheLimitIsNotCoded()
    {
        Assert.Empty(Codes("Sodium 135 mmol/L (135-145)"));
    }

    [Fact]
    public void CriticalFlagIsCoded()
    {
        Assert.Equal(["E87.5"], Codes("Potassium 6.8 mmol/L (3.5-5.1) HH"));
    }

    [Fact]
    public void UnflaggedValueOutsideTheDefaultRangeIsCoded()
    {
        Assert.Equal(["E87.1"], Codes("Her sodium was 126."));
    }

    [Fact]
    public void EvidenceIsTheResultLine()
    {
        const string text = "CBC\nHemoglobin 9.2 g/dL (Low)\n";
        Assert.Equal([new Span(4, 29, "Hemoglobin 9.2 g/dL (Low)")], CodeText(text)[0].Evidence);
    }

    [Fact]
    public void LabCodeHasLabValueBasis()
    {
        Assert.Equal(CodeBasis.LabValue, CodeText("Hemoglobin 9.2 g/dL (Low)")[0].Basis);
    }

    [Fact]
    public void LabCodeCarriesTheCmsTitle()
    {
        Assert.Equal("Thrombocytosis, unspecified", CodeText("Platelets 612 K/uL (150-400) H")[0].Description);
    }

    [Fact]
    public void RepeatedAbnormalityIsOneCode()
    {
        Assert.Equal(["D64.9"], Codes("Hemoglobin 9.2 g/dL L\nHemoglobin 8.8 g/dL L"));
    }

    [Fact]
    public void RepeatedAbnormalityCitesEveryLine()
    {
        Assert.Equal(2, CodeText("Hemoglobin 9.2 g/dL L\nHemoglobin 8.8 g/dL L")[0].Evidence.Count);
    }

    [Fact]
    public void HighLdlWithNormalTriglyceridesIsPureHypercholesterolemia()
    {
        Assert.Equal(["E78.00"], Codes("LDL 165 mg/dL (0-99) H\nTriglycerides 120 mg/dL (0-149)"));
    }

    [Fact]
    public void HighTotalCholesterolAloneIsPureHypercholesterolemia()
    {
        Assert.Equal(["E78.00"], Codes("Total cholesterol 245 mg/dL (100-199) H"));
    }

    [Fact]
    public void HighTriglyceridesAloneIsPureHyperglyceridemia()
    {
        Assert.Equal(["E78.1"], Codes("LDL 88 mg/dL (0-99)\nTriglycerides 310 mg/dL (0-149) H"));
    }

    [Fact]
    public void HighLdlAndTriglyceridesAreMixedHyperlipidemia()
    {
        Assert.Equal(["E78.2"], Codes("LDL 165 mg/dL (0-99) H\nTriglycerides 310 mg/dL (0-149) H"));
    }

    [Fact]
    public void MixedHyperlipidemiaCitesBothLines()
    {
        Assert.Equal(2, CodeText("LDL 165 mg/dL (0-99) H\nTriglycerides 310 mg/dL (0-149) H")[0].Evidence.Count);
    }

    [Fact]
    public void LowHdlAloneIsNotCoded()
    {
        Assert.Empty(Codes("HDL 32 mg/dL (>39) L"));
    }

    [Fact]
    public void NormalHbA1cIsNotCoded()
    {
        Assert.Empty(Codes("HbA1c 5.4 %"));
    }

    [Theory]
    [InlineData("D50.9")]
    [InlineData("D63.1")]
    [InlineData("D64.9")]
    public void DocumentedAnemiaSupersedesLowHemoglobin(string documented)
    {
        Assert.Empty(Codes("Hemoglobin 9.2 g/dL L", documented));
    }

    [Theory]
    [InlineData("N18.30")]
    [InlineData("I12.9")]
    [InlineData("N04.9")]
    [InlineData("N05.9")]
    [InlineData("N28.9")]
    [InlineData("T86.12")]
    public void DocumentedKidneyDiseaseThatExplainsItSupersedesHighCreatinine(string documented)
    {
        Assert.Empty(Codes("Creatinine 2.4 mg/dL (0.6-1.3) H", documented));
    }

    [Theory]
    [InlineData("N28.1")]
    [InlineData("N20.0")]
    [InlineData("N39.0")]
    public void KidneyConditionThatDoesNotExplainItLeavesHighCreatinineCoded(string documented)
    {
        Assert.Equal(["R94.4"], Codes("Creatinine 2.4 mg/dL (0.6-1.3) H", documented));
    }

    [Fact]
    public void DocumentedHyponatremiaSupersedesLowSodium()
    {
        Assert.Empty(Codes("Sodium 128 mmol/L L", "E87.1"));
    }

    [Fact]
    public void DocumentedType2DiabetesSupersedesHighHbA1c()
    {
        Assert.Empty(Codes("HbA1c 8.1 % H", "E11.9"));
    }

    [Fact]
    public void DocumentedDiabetesSupersedesHyperglycemia()
    {
        Assert.Empty(Codes("Glucose 250 mg/dL H", "E11.65"));
    }

    [Fact]
    public void DocumentedHyperlipidemiaSupersedesLipidCodes()
    {
        Assert.Empty(Codes("LDL 165 mg/dL H\nTriglycerides 310 mg/dL H", "E78.5"));
    }

    [Fact]
    public void DocumentedChronicKidneyDiseaseSupersedesHighCreatinine()
    {
        Assert.Empty(Codes("Creatinine 2.4 mg/dL H", "N18.4"));
    }

    [Fact]
    public void DocumentedHypothyroidismSupersedesAbnormalTsh()
    {
        Assert.Empty(Codes("TSH 8.9 mIU/L H", "E03.9"));
    }

    [Fact]
    public void UnrelatedDocumentedCodeDoesNotSupersede()
    {
        Assert.Equal(["D64.9"], Codes("Hemoglobin 9.2 g/dL L", "I10"));
    }

    [Fact]
    public void NoLabsGiveNoCodes()
    {
        Assert.Empty(Coder.Code([], new HashSet<string>()));
    }

    [Fact]
    public void EveryRuleNamesItsSource()
    {
        Assert.All(Coder.Rules, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Source)));
    }

    [Fact]
    public void EveryRuleIsSupersededByItsOwnCategory()
    {
        Assert.All(Coder.Rules, rule => Assert.Contains(rule.SupersededBy, prefix => rule.Code.StartsWith(prefix[..3], StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryRuleCodeIsInTheShippedCatalogWithItsTitle()
    {
        Assert.All(Coder.Rules, rule => Assert.Equal(new IcdCode(rule.Code, rule.Title, true), IcdCatalog.Embedded.Find(rule.Code)));
    }
}
