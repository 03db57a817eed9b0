using MedDoc.Engine.Labs;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.Labs;

public sealed class LabValueParserTests
{
    private static readonly LabValueParser Parser = new();

    private static IReadOnlyList<LabResult> Parse(string text) =>
        Parser.Parse(TextModel.Read(text));

    private static LabResult Single(string text)
    {
        var results = Parse(text);
        Assert.Single(results);
        return results[0];
    }

    [Fact]
    public void ColonLineWithRangeAndFlagIsReadWhole()
    {
        var result = Single("Hemoglobin: 9.2 g/dL (13.5-17.5) L");
        Assert.Equal(("hemoglobin", 9.2, "g/dL", LabFlag.Low), (result.Analyte, result.Value, result.Unit, result.Flag));
    }

    [Fact]
    public void SpanCoversTheResultLineExactly()
    {
        const string text = "CBC\nHemoglobin 9.2 g/dL (Low)\nEnd of report";
        Assert.Equal(new Span(4, 29, "Hemoglobin 9.2 g/dL (Low)"), Single(text).Span);
    }

    [Fact]
    public void ProseValueSpanCoversThePhrase()
    {
        const string text = "Her hemoglobin was 9.2 g/dL.";
        Assert.Equal(new Span(4, 27, "hemoglobin was 9.2 g/dL"), Single(text).Span);
    }

    [Fact]
    public void ProseValueWithoutRangeUsesTheAdultDefault()
    {
        var result = Single("Her hemoglobin was 9.2 g/dL.");
        Assert.Equal((LabFlag.Low, true, 12.0), (result.Flag, result.RangeIsDefault, result.ReferenceRange?.Low));
    }

    [Fact]
    public void PrintedRangeIsNotMarkedDefault()
    {
        Assert.False(Single("WBC 12.4 x10^3/uL (4.0-11.0)").RangeIsDefault);
    }

    [Fact]
    public void PrintedRangeIsKeptAsWritten()
    {
        Assert.Equal(new ReferenceRange(4.0, 11.0, "4.0-11.0"), Single("WBC 12.4 x10^3/uL (4.0-11.0)").ReferenceRange);
    }

    [Fact]
    public void ValueAboveThePrintedRangeIsHighWithoutAFlag()
    {
        Assert.Equal(LabFlag.High, Single("WBC 12.4 x10^3/uL 4.0-11.0").Flag);
    }

    [Theory]
    [InlineData("Hemoglobin 13.5 g/dL (13.5-17.5)")]
    [InlineData("Hemoglobin 17.5 g/dL (13.5-17.5)")]
    [InlineData("Sodium 145 mmol/L 135 - 145")]
    public void ValueExactlyAtARangeLimitIsNormal(string line)
    {
        Assert.Equal(LabFlag.Normal, Single(line).Flag);
    }

    [Theory]
    [InlineData("Potassium 5.9 mmol/L H", LabFlag.High)]
    [InlineData("Potassium 2.9 mmol/L L", LabFlag.Low)]
    [InlineData("Potassium 5.9 mmol/L High", LabFlag.High)]
    [InlineData("Potassium 2.9 mmol/L Low", LabFlag.Low)]
    [InlineData("Potassium 6.9 mmol/L HH", LabFlag.CriticalHigh)]
    [InlineData("Potassium 2.1 mmol/L LL", LabFlag.CriticalLow)]
    [InlineData("Potassium 6.9 mmol/L critical", LabFlag.CriticalHigh)]
    [InlineData("Potassium 2.1 mmol/L Critical Low", LabFlag.CriticalLow)]
    [InlineData("Potassium 5.9 mmol/L *", LabFlag.High)]
    [InlineData("Potassium 5.9 mmol/L A", LabFlag.High)]
    [InlineData("Potassium 5.9 mmol/L abnormal", LabFlag.High)]
    [InlineData("Potassium 2.9 mmol/L (Low)", LabFlag.Low)]
    [InlineData("Potassium 5.9H mmol/L", LabFlag.High)]
    [InlineData("Potassium 5.9 mmol/L ↑", LabFlag.High)]
    public void PrintedFlagVariantsAreRead(string line, LabFlag expected)
    {
        Assert.Equal(expected, Single(line).Flag);
    }

    [Fact]
    public void UndirectedFlagInsideTheRangeStaysAbnormal()
    {
        Assert.Equal(LabFlag.Abnormal, Single("Potassium 4.2 mmol/L (3.5-5.1) *").Flag);
    }

    [Fact]
    public void PrintedFlagWinsOverTheRange()
    {
        Assert.Equal(LabFlag.High, Single("Glucose 98 mg/dL (70-99) H").Flag);
    }

    [Theory]
    [InlineData("WBC 7.1", "wbc")]
    [InlineData("White blood cell count 7.1", "wbc")]
    [InlineData("RBC 4.8", "rbc")]
    [InlineData("Hgb 14.1", "hemoglobin")]
    [InlineData("HGB 14.1", "hemoglobin")]
    [InlineData("Hb 14.1", "hemoglobin")]
    [InlineData("Hemoglobin 14.1", "hemoglobin")]
    [InlineData("Hct 42", "hematocrit")]
    [InlineData("MCV 88", "mcv")]
    [InlineData("MCH 30", "mch")]
    [InlineData("MCHC 34", "mchc")]
    [InlineData("RDW 13.1", "rdw")]
    [InlineData("PLT 250", "platelets")]
    [InlineData("Platelets 250", "platelets")]
    [InlineData("Neutrophils 62 %", "neutrophils")]
    [InlineData("Lymphs 30 %", "lymphocytes")]
    [InlineData("Na 140", "sodium")]
    [InlineData("K 4.1", "potassium")]
    [InlineData("Cl 101", "chloride")]
    [InlineData("CO2 25", "co2")]
    [InlineData("HCO3 25", "co2")]
    [InlineData("Bicarbonate 25", "co2")]
    [InlineData("BUN 14", "bun")]
    [InlineData("Cr 0.9", "creatinine")]
    [InlineData("Creatinine 0.9", "creatinine")]
    [InlineData("Glu 90", "glucose")]
    [InlineData("Glucose 90", "glucose")]
    [InlineData("Ca 9.4", "calcium")]
    [InlineData("Albumin 4.1", "albumin")]
    [InlineData("Total protein 7.0", "total_protein")]
    [InlineData("ALP 80", "alkaline_phosphatase")]
    [InlineData("Alk Phos 80", "alkaline_phosphatase")]
    [InlineData("ALT 30", "alt")]
    [InlineData("SGPT 30", "alt")]
    [InlineData("AST 25", "ast")]
    [InlineData("SGOT 25", "ast")]
    [InlineData("T.Bili 0.8", "bilirubin")]
    [InlineData("Total bilirubin 0.8", "bilirubin")]
    [InlineData("Chol 180", "total_cholesterol")]
    [InlineData("Total cholesterol 180", "total_cholesterol")]
    [InlineData("LDL 90", "ldl")]
    [InlineData("LDL-C 90", "ldl")]
    [InlineData("HDL 55", "hdl")]
    [InlineData("HDL-C 55", "hdl")]
    [InlineData("TG 120", "triglycerides")]
    [InlineData("Triglycerides 120", "triglycerides")]
    [InlineData("Non-HDL 125", "non_hdl")]
    [InlineData("VLDL 24", "vldl")]
    [InlineData("HbA1c 5.4 %", "hba1c")]
    [InlineData("A1c 5.4 %", "hba1c")]
    [InlineData("Hemoglobin A1c 5.4 %", "hba1c")]
    [InlineData("TSH 2.1", "tsh")]
    [InlineData("eGFR 85", "egfr")]
    public void AnalyteAliasesAreRecognised(string line, string analyte)
    {
        Assert.Equal(analyte, Single(line).Analyte);
    }

    [Theory]
    [InlineData("WBC 7.1 x10^3/uL")]
    [InlineData("WBC 7.1 K/uL")]
    [InlineData("WBC 7.1 10*3/uL")]
    [InlineData("WBC 7.1 ×10³/µL")]
    [InlineData("WBC 7.1 x10E3/uL")]
    [InlineData("WBC 7.1 x 10^3/uL")]
    [InlineData("WBC 7.1 10^9/L")]
    public void CountUnitVariantsAreRecognised(string line)
    {
        var result = Single(line);
        Assert.Equal(line[8..], result.Unit);
    }

    [Theory]
    [InlineData("Sodium 128 mEq/L", LabFlag.Low)]
    [InlineData("Sodium 128 mmol/L", LabFlag.Low)]
    [InlineData("TSH 6.2 mIU/L", LabFlag.High)]
    [InlineData("TSH 6.2 uIU/mL", LabFlag.High)]
    [InlineData("TSH 6.2 µIU/mL", LabFlag.High)]
    [InlineData("Hematocrit 31 %", LabFlag.Low)]
    [InlineData("Glucose 250 mg/dL", LabFlag.High)]
    [InlineData("Glucose 13.9 mmol/L", LabFlag.High)]
    public void DefaultRangeIsAppliedInThePrintedUnit(string line, LabFlag expected)
    {
        Assert.Equal(expected, Single(line).Flag);
    }

    [Fact]
    public void HemoglobinInGramsPerLitreIsComparedAfterConversion()
    {
        Assert.Equal(LabFlag.Low, Single("Hb 92 g/L").Flag);
    }

    [Fact]
    public void HemoglobinInGramsPerLitreKeepsItsPrintedValue()
    {
        Assert.Equal((92.0, "g/L"), (Single("Hb 92 g/L").Value, Single("Hb 92 g/L").Unit));
    }

    [Fact]
    public void NormalHemoglobinInGramsPerLitreIsNormal()
    {
        Assert.Equal(LabFlag.Normal, Single("Hb 140 g/L").Flag);
    }

    [Fact]
    public void LessThanValueKeepsItsComparator()
    {
        var result = Single("Total bilirubin <0.5 mg/dL (0.1-1.2)");
        Assert.Equal(("<0.5", 0.5, LabFlag.Normal), (result.ValueText, result.Value, result.Flag));
    }

    [Fact]
    public void GreaterThanValueAboveTheLowLimitIsNormal()
    {
        Assert.Equal(LabFlag.Normal, Single("eGFR >60 mL/min/1.73m2").Flag);
    }

    [Fact]
    public void LessThanValueBelowTheLowLimitIsLow()
    {
        Assert.Equal(LabFlag.Low, Single("eGFR <15 mL/min/1.73 m²").Flag);
    }

    [Fact]
    public void OneSidedPrintedRangeIsRead()
    {
        Assert.Equal(new ReferenceRange(null, 200, "<200"), Single("Cholesterol 240 mg/dL <200").ReferenceRange);
    }

    [Fact]
    public void OneSidedPrintedRangeFlagsAboveIt()
    {
        Assert.Equal(LabFlag.High, Single("Cholesterol 240 mg/dL <200").Flag);
    }

    [Fact]
    public void GreaterOrEqualRangeWithNonAsciiSignIsRead()
    {
        Assert.Equal(new ReferenceRange(60, null, "≥60"), Single("eGFR 45 mL/min/1.73m² (≥60)").ReferenceRange);
    }

    [Fact]
    public void ThousandsSeparatorIsReadAsOneNumber()
    {
        Assert.Equal(250000, Single("Platelets 250,000 /uL").Value);
    }

    [Fact]
    public void PlateletsPerMicrolitreUseTheConvertedDefault()
    {
        Assert.Equal(LabFlag.Low, Single("Platelets 95,000 /uL").Flag);
    }

    [Fact]
    public void TableWithHeaderRowIsRead()
    {
        const string text = "Test          Result   Flag   Units      Reference Range\n" +
                            "WBC           12.4     H      x10^3/uL   4.0-11.0\n" +
                            "Hemoglobin    13.5            g/dL       12.0-16.0\n" +
                            "Platelets     95       L      x10^3/uL   150-400\n";
        var flags = Parse(text).Select(r => (r.Analyte, r.Flag)).ToArray();
        Assert.Equal([("wbc", LabFlag.High), ("hemoglobin", LabFlag.Normal), ("platelets", LabFlag.Low)], flags);
    }

    [Fact]
    public void TableInAnotherVendorOrderIsRead()
    {
        const string text = "Component\tValue\tReference Range\tUnits\tFlag\n" +
                            "Sodium\t128\t135-145\tmmol/L\tL\n";
        var result = Single(text);
        Assert.Equal(("sodium", 128.0, "mmol/L", LabFlag.Low), (result.Analyte, result.Value, result.Unit, result.Flag));
    }

    [Fact]
    public void TabSeparatedRowSpanIsTheWholeRow()
    {
        const string text = "Component\tValue\tReference Range\tUnits\tFlag\nSodium\t128\t135-145\tmmol/L\tL\n";
        Assert.Equal(new Span(43, 70, "Sodium\t128\t135-145\tmmol/L\tL"), Single(text).Span);
    }

    [Fact]
    public void CommaQualifiedNameInProseIsRead()
    {
        Assert.Equal(105, Single("Glucose, fasting 105 mg/dL").Value);
    }

    [Fact]
    public void QualifiedNameCellIsRead()
    {
        Assert.Equal("glucose", Single("Glucose, Fasting     105   mg/dL   70-99   H").Analyte);
    }

    [Fact]
    public void QualifiedNameCellIsTheResultName()
    {
        Assert.Equal("LDL Cholesterol Calc", Single("LDL Cholesterol Calc   162   mg/dL   0-99   H").Name);
    }

    [Fact]
    public void LongerAliasWinsOverItsPart()
    {
        Assert.Equal("hba1c", Single("Hemoglobin A1c    6.8 %    4.8-5.6    H").Analyte);
    }

    [Fact]
    public void RatioRowIsNotAnAnalyte()
    {
        Assert.Empty(Parse("Cholesterol/HDL Ratio    4.2    0.0-5.0"));
    }

    [Fact]
    public void DirectBilirubinIsNotTotalBilirubin()
    {
        Assert.Empty(Parse("Bilirubin, Direct    0.3 mg/dL    0.0-0.3"));
    }

    [Fact]
    public void NameWithBothAliasesIsOneResult()
    {
        Assert.Equal("bun", Single("Urea Nitrogen (BUN) 18 mg/dL 7-20").Analyte);
    }

    [Fact]
    public void SeveralValuesOnOneLineAreEachRead()
    {
        var analytes = Parse("Labs: Na 128, K 5.9, Cl 101, CO2 24, BUN 18, Cr 1.0").Select(r => r.Analyte).ToArray();
        Assert.Equal(["sodium", "potassium", "chloride", "co2", "bun", "creatinine"], analytes);
    }

    [Fact]
    public void SeveralValuesOnOneLineHaveTheirOwnSpans()
    {
        const string text = "Labs: Na 128, K 5.9";
        Assert.Equal([new Span(6, 12, "Na 128"), new Span(14, 19, "K 5.9")], Parse(text).Select(r => r.Span).ToArray());
    }

    [Fact]
    public void ProseListOfValuesIsRead()
    {
        var analytes = Parse("Labs were notable for hemoglobin 9.2 g/dL and platelets 95 K/uL.").Select(r => r.Analyte).ToArray();
        Assert.Equal(["hemoglobin", "platelets"], analytes);
    }

    [Fact]
    public void CarriageReturnLineEndsAreNotPartOfTheSpan()
    {
        const string text = "Sodium 128 mmol/L L\r\nPotassium 4.0 mmol/L\r\n";
        Assert.Equal(new Span(21, 41, "Potassium 4.0 mmol/L"), Parse(text)[1].Span);
    }

    [Fact]
    public void NonAsciiUnitSpanIsExact()
    {
        const string text = "Leukocytes: 13.2 ×10³/µL (4.0–11.0) H";
        var result = Single(text);
        Assert.True(result.Span.IsExactIn(text) && result.Span.Length == text.Length);
    }

    [Fact]
    public void EnDashRangeIsRead()
    {
        Assert.Equal(new ReferenceRange(4.0, 11.0, "4.0–11.0"), Single("Leukocytes: 13.2 ×10³/µL (4.0–11.0) H").ReferenceRange);
    }

    [Theory]
    [InlineData("BP 120/80, HR 88, RR 16, Temp 98.6")]
    [InlineData("Date: 03/15/2024 Time: 10:30")]
    [InlineData("MRN: 12345678")]
    [InlineData("72 year old woman")]
    [InlineData("WBC 4.0-11.0")]
    [InlineData("Normal range for hemoglobin is 12 - 16 g/dL")]
    [InlineData("Vitamin K 10 mg IM given")]
    [InlineData("Potassium chloride 20 mEq PO daily")]
    [InlineData("Potassium 10 mEq a day")]
    [InlineData("Hemoglobin dropped from 11 to 9")]
    [InlineData("Glucose 10:30")]
    [InlineData("History hypertension, high cholesterol, 58 with persistent cough.")]
    [InlineData("Hemoglobin 12 year-old girl")]
    [InlineData("Hemoglobin 1/2/2024")]
    public void NonValuesAreNotLabResults(string text)
    {
        Assert.Empty(Parse(text));
    }

    [Fact]
    public void ImplausibleNumberIsNotALabValue()
    {
        Assert.Empty(Parse("Hemoglobin 2019 report"));
    }

    [Fact]
    public void EmptyTextHasNoResults()
    {
        Assert.Empty(Parse(string.Empty));
    }

    [Fact]
    public void BinaryGarbageHasNoResults()
    {
        Assert.Empty(Parse("\u0001\u0002\u0000K\u0003\uFFFD\u0007 9"));
    }

    [Fact]
    public void SpacedSiUnitIsRead()
    {
        var result = Single("Platelet count: 95 x 10^9/L");
        Assert.Equal(("x 10^9/L", LabFlag.Low), (result.Unit, result.Flag));
    }

    [Fact]
    public void AbsoluteCountInAnotherUnitKeepsOnlyItsPrintedRange()
    {
        var result = Single("Neutrophils (Absolute)    4.2    x10^3/uL    1.4-7.0");
        Assert.Equal((LabFlag.Normal, false), (result.Flag, result.RangeIsDefault));
    }

    [Fact]
    public void AbsoluteCountWithoutRangeGetsNoPercentDefault()
    {
        Assert.Null(Single("Neutrophils (Absolute)    4.2    x10^3/uL").ReferenceRange);
    }

    [Fact]
    public void ReferencePrefixBeforeTheRangeIsRead()
    {
        Assert.Equal(new ReferenceRange(3.5, 5.1, "3.5-5.1"), Single("Potassium 5.6 mmol/L (ref 3.5-5.1)").ReferenceRange);
    }

    [Fact]
    public void FlagBeforeTheUnitIsRead()
    {
        Assert.Equal(("mg/dL", LabFlag.High), (Single("GLUCOSE   105 H   65-99 mg/dL").Unit, Single("GLUCOSE   105 H   65-99 mg/dL").Flag));
    }

    [Fact]
    public void BulletedLabLineSpanStartsAtTheName()
    {
        Assert.Equal(new Span(2, 16, "K 2.9 mmol/L L"), Single("- K 2.9 mmol/L L").Span);
    }

    [Fact]
    public void SurrogatePairBeforeTheValueKeepsExactOffsets()
    {
        const string text = "Note 😀\nHemoglobin 9.2 g/dL L";
        var result = Single(text);
        Assert.Equal(new Span(8, 29, "Hemoglobin 9.2 g/dL L"), result.Span);
    }

    [Fact]
    public void HundredThousandListItemsAreAllRead()
    {
        var text = string.Concat(Enumerable.Repeat("- K 4.1, Na 140\n", 100_000));
        Assert.Equal(200_000, Parse(text).Count);
    }

    [Fact]
    public void OneMegabyteLineOfSeparatorsGivesOneValue()
    {
        var text = "Hb 9 " + new string('(', 1_000_000) + " K , K , K";
        Assert.Single(Parse(text));
    }

    [Fact]
    public void PipeTableRowIsReadWithFlagUnitAndRange()
    {
        const string text = "| WBC | 14.8 | H | x10^3/uL | 4.0-11.0 |";
        var result = Single(text);
        Assert.Equal(("wbc", 14.8, "x10^3/uL", LabFlag.High), (result.Analyte, result.Value, result.Unit, result.Flag));
        Assert.Equal(new Span(2, 38, "WBC | 14.8 | H | x10^3/uL | 4.0-11.0"), result.Span);
    }

    [Fact]
    public void PipeTableRowWithEmptyFlagCellTakesTheFlagFromTheRange()
    {
        var result = Single("| Sodium | 131 |  | mmol/L | 136-145 |");
        Assert.Equal((131.0, LabFlag.Low, 136.0), (result.Value, result.Flag, result.ReferenceRange!.Low));
    }

    [Fact]
    public void DottedLeaderLineIsReadWithRangeAndFlag()
    {
        const string text = "Sodium.......... 131 mmol/L  (136-145)  L";
        var result = Single(text);
        Assert.Equal(("sodium", 131.0, "mmol/L", LabFlag.Low), (result.Analyte, result.Value, result.Unit, result.Flag));
        Assert.Equal(new Span(0, text.Length, text), result.Span);
    }

    [Fact]
    public void SpacedDottedLeaderWithBracketedFlagIsRead()
    {
        var result = Single("Platelets .............. 612 x10^3/uL [High]   ref 150-400");
        Assert.Equal(("platelets", 612.0, LabFlag.High, 400.0), (result.Analyte, result.Value, result.Flag, result.ReferenceRange!.High));
    }

    [Fact]
    public void LoneLeaderDotAfterAQualifierIsSkipped()
    {
        var result = Single("LDL Cholesterol (calc) . 96 mg/dL   ref <100");
        Assert.Equal(("ldl", 96.0, LabFlag.Normal), (result.Analyte, result.Value, result.Flag));
    }

    [Fact]
    public void FullStopAfterAnAnalyteNameDoesNotLeadToTheNextNumber()
    {
        Assert.Empty(Parse("We discussed her hemoglobin. 12 patients were seen."));
    }

    [Fact]
    public void EstimatedAverageGlucoseIsNotAGlucoseMeasurement()
    {
        Assert.Empty(Parse("Estimated average glucose 154 mg/dL"));
    }

    [Fact]
    public void HbA1cLineIsStillReadBesideItsEstimatedAverageGlucose()
    {
        var result = Single("HbA1c 7.0 % (4.0-5.6) H   Estimated Average Glucose (eAG) 154 mg/dL");
        Assert.Equal(("hba1c", 7.0, LabFlag.High), (result.Analyte, result.Value, result.Flag));
    }

    [Fact]
    public void DecimalCommaValueAndRangeAreReadAsDecimals()
    {
        var result = Single("Hemoglobin 9,2 g/dL (12,0-16,0)");
        Assert.Equal((9.2, "9,2", LabFlag.Low, 12.0, 16.0), (result.Value, result.ValueText, result.Flag, result.ReferenceRange!.Low, result.ReferenceRange.High));
    }

    [Fact]
    public void ThousandsCommaIsStillAThousandsSeparator()
    {
        Assert.Equal(250000.0, Single("Platelets 250,000 /uL").Value);
    }

    [Fact]
    public void SiteCodeColumnBeforeTheResultIsNotTheValue()
    {
        const string text = "Sodium                 01      131      Low    mmol/L     134-144";
        var result = Single(text);
        Assert.Equal((131.0, LabFlag.Low, 134.0), (result.Value, result.Flag, result.ReferenceRange!.Low));
        Assert.Equal(new Span(0, text.Length, text), result.Span);
    }

    [Fact]
    public void SiteCodeColumnAfterTheRangeIsLeftOut()
    {
        const string text = "WBC                            12.1     High   x10E3/uL   3.4-10.8             01";
        Assert.Equal(new Span(0, 66, text[..66]), Single(text).Span);
    }

    [Fact]
    public void CombinedHgbHctIsSplitIntoTwoResults()
    {
        const string text = "Hgb/Hct 9.2/28";
        var results = Parse(text);
        Assert.Equal(
            [("hemoglobin", 9.2, LabFlag.Low), ("hematocrit", 28.0, LabFlag.Low)],
            results.Select(result => (result.Analyte, result.Value, result.Flag)).ToArray());
        Assert.All(results, result => Assert.Equal(new Span(0, 14, text), result.Span));
    }

    [Fact]
    public void CombinedHgbHctWithUnitsOnEachValueIsSplitWithTheirUnits()
    {
        const string text = "Hgb/Hct: 9.2 g/dL / 28 %";
        var results = Parse(text);
        Assert.Equal(
            [("hemoglobin", 9.2, "g/dL"), ("hematocrit", 28.0, "%")],
            results.Select(result => (result.Analyte, result.Value, result.Unit)).ToArray());
        Assert.All(results, result => Assert.Equal(new Span(0, text.Length, text), result.Span));
    }

    [Fact]
    public void CombinedNamesWithASingleValueReadTheFirstAnalyteOnly()
    {
        var result = Single("Hgb/Hct: 9.2 g/dL");
        Assert.Equal(("hemoglobin", 9.2), (result.Analyte, result.Value));
    }

    [Fact]
    public void PipeTableRowWithFlagInTheLastCellIsRead()
    {
        var result = Single("| WBC | 12.1 | x10^3/uL | 4.0-11.0 | H |");
        Assert.Equal((12.1, LabFlag.High, "WBC | 12.1 | x10^3/uL | 4.0-11.0 | H"), (result.Value, result.Flag, result.Span.Text));
    }

    [Fact]
    public void PercentLabelAfterTheNameIsPartOfTheGap()
    {
        var result = Single("| Neutrophils % | 81 | H | % | 40-75 |");
        Assert.Equal(("neutrophils", 81.0, LabFlag.High), (result.Analyte, result.Value, result.Flag));
    }

    [Fact]
    public void UnderscoreLeaderIsSkipped()
    {
        var result = Single("Calcium____________ 11.2 mg/dL (8.5-10.5) H");
        Assert.Equal(("calcium", 11.2, LabFlag.High), (result.Analyte, result.Value, result.Flag));
    }

    [Fact]
    public void HAndHShorthandIsSplitIntoHemoglobinAndHematocrit()
    {
        const string text = "H/H 9.2/28.0";
        var results = Parse(text);
        Assert.Equal(
            [("hemoglobin", 9.2, LabFlag.Low), ("hematocrit", 28.0, LabFlag.Low)],
            results.Select(result => (result.Analyte, result.Value, result.Flag)).ToArray());
        Assert.All(results, result => Assert.Equal(new Span(0, 12, text), result.Span));
    }

    [Fact]
    public void ValuesAroundAnHAndHPairOnOneLineAreAlsoRead()
    {
        var results = Parse("Na 131, H&H 13.1/39, K 4.1");
        Assert.Equal(["sodium", "hemoglobin", "hematocrit", "potassium"], results.Select(result => result.Analyte).ToArray());
    }

    [Fact]
    public void HAndHWithoutValuesGivesNothing()
    {
        Assert.Empty(Parse("H/H stable overnight."));
    }

    [Theory]
    [InlineData("CSF analysis revealed: protein 1,342, glucose 43, RBC 4,900, WBC 9.")]
    [InlineData("Pleural fluid: LDH 400, glucose 30.")]
    [InlineData("Urinalysis showed WBC 25 and protein 100.")]
    [InlineData("Urine: protein ++, blood ++, leukocytes 50 to 60.")]
    [InlineData("Diagnostic paracentesis was performed (white blood cells 20, glucose 86, protein 1.8).")]
    [InlineData("Lumbar puncture was performed: glucose 51.3 mg/dl, protein 133.")]
    public void ValuesOfAFluidOtherThanBloodAreNotReadAsBloodValues(string text)
    {
        Assert.DoesNotContain(Parse(text), result => result.Analyte is "glucose" or "wbc" or "white_blood_cells");
    }

    [Fact]
    public void ABloodWordAfterTheFluidBringsTheClauseBackToBlood()
    {
        Assert.Equal([("sodium", 121.0)], Parse("Urine sodium 10, serum sodium 121.").Select(result => (result.Analyte, result.Value)));
    }

    [Fact]
    public void TheFluidOfOneSentenceDoesNotReachTheNext()
    {
        Assert.Equal([180.0], Parse("Pleural fluid glucose was 30. Blood glucose 180.").Where(result => result.Analyte == "glucose").Select(result => result.Value));
    }

    [Fact]
    public void ABloodWordThatStartsTheNextNameStillBringsTheClauseBackToBlood()
    {
        Assert.Contains(Parse("Urine protein 30, blood glucose 180, sodium 131."), result => result.Analyte == "sodium" && result.Value == 131.0);
    }

    [Theory]
    [InlineData("Tumor markers (alphafetoprotein, CEA, Ca 19.9, Ca 125) were normal.")]
    [InlineData("CA 19-9 was 450 U/mL and CA 15-3 was 12 U/mL.")]
    public void TumourMarkerIsNoCalcium(string text)
    {
        Assert.DoesNotContain(Parse(text), result => result.Analyte == "calcium");
    }

    [Fact]
    public void CalciumSymbolStillReadsItsValue()
    {
        Assert.Contains(Parse("Na 140, K 4.1, Ca 11.9 mg/dL (H), CA 19-9 20 U/mL."), result => result.Analyte == "calcium" && result.Value == 11.9);
    }
}
