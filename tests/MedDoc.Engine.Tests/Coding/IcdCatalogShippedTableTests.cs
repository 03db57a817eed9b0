using MedDoc.Engine.Coding;
using MedDoc.Testing;

namespace MedDoc.Engine.Tests.Coding;

/// <summary>
/// The shipped table (Rules/icd10cm_catalog.tsv) against the official CMS order file: every code the rules can
/// emit is there, billable, and titled exactly as CMS titles it. The order file in ../shared/data is the FY2021
/// code set, so codes added or retitled in FY2022–FY2025 are checked against the explicit list below instead.
/// </summary>
public sealed class IcdCatalogShippedTableTests
{
    /// <summary>
    /// Codes the engine ships whose FY2025 entry differs from (or is missing in) the FY2021 order file, with their
    /// FY2025 billable flag and official long title. Keep in step with tools/MedDoc.IcdTable/newer-codes.tsv.
    /// </summary>
    private static readonly Dictionary<string, IcdCode> NewerThanFy2021 = new(StringComparer.Ordinal)
    {
        ["D75.83"] = new("D75.83", "Thrombocytosis", false), // FY2022: new subcategory; thrombocytosis was not a D75.8 code before
        ["D75.839"] = new("D75.839", "Thrombocytosis, unspecified", true), // FY2022: new code (CODING.md lab table: platelets high)
        ["E66.8"] = new("E66.8", "Other obesity", false), // FY2025: was billable 'Other obesity', now a header over E66.81-/E66.89
        ["E66.81"] = new("E66.81", "Obesity class", false), // FY2025: new subcategory
        ["E66.811"] = new("E66.811", "Obesity, class 1", true), // FY2025: new code
        ["E66.812"] = new("E66.812", "Obesity, class 2", true), // FY2025: new code
        ["E66.813"] = new("E66.813", "Obesity, class 3", true), // FY2025: new code
        ["F01.5"] = new("F01.5", "Vascular dementia, unspecified severity", false), // FY2023: retitled when dementia severity was added
        ["F01.50"] = new("F01.50", "Vascular dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety", true), // FY2023: retitled when dementia severity was added
        ["F03.9"] = new("F03.9", "Unspecified dementia, unspecified severity", false), // FY2023: retitled when dementia severity was added
        ["F03.90"] = new("F03.90", "Unspecified dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety", true), // FY2023: retitled when dementia severity was added
        ["F32.A"] = new("F32.A", "Depression, unspecified", true), // FY2022: new code for depression NOS (was F32.9)
        ["G20"] = new("G20", "Parkinson's disease", false), // FY2024: was billable, now a header over G20.A-/G20.B-/G20.C
        ["G20.A"] = new("G20.A", "Parkinson's disease without dyskinesia", false), // FY2024: new subcategory
        ["G20.A1"] = new("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations", true), // FY2024: new code
        ["G31.84"] = new("G31.84", "Mild cognitive impairment of uncertain or unknown etiology", true), // FY2023: retitled (was 'Mild cognitive impairment, so stated')
        ["I47.1"] = new("I47.1", "Supraventricular tachycardia", false), // FY2024: was billable, now a header over I47.10/I47.11/I47.19
        ["I47.10"] = new("I47.10", "Supraventricular tachycardia, unspecified", true), // FY2024: new code
        ["I47.2"] = new("I47.2", "Ventricular tachycardia", false), // FY2024: was billable, now a header over I47.20/I47.21/I47.29
        ["I47.20"] = new("I47.20", "Ventricular tachycardia, unspecified", true), // FY2024: new code
        ["I71.2"] = new("I71.2", "Thoracic aortic aneurysm, without rupture", false), // FY2023: was billable, now a header over I71.20-I71.23
        ["I71.20"] = new("I71.20", "Thoracic aortic aneurysm, without rupture, unspecified", true), // FY2023: new code
        ["I71.21"] = new("I71.21", "Aneurysm of the ascending aorta, without rupture", true), // FY2023: new code
        ["I71.23"] = new("I71.23", "Aneurysm of the descending thoracic aorta, without rupture", true), // FY2023: new code
        ["I71.4"] = new("I71.4", "Abdominal aortic aneurysm, without rupture", false), // FY2023: was billable, now a header over I71.40-I71.43
        ["I71.40"] = new("I71.40", "Abdominal aortic aneurysm, without rupture, unspecified", true), // FY2023: new code
        ["I71.43"] = new("I71.43", "Infrarenal abdominal aortic aneurysm, without rupture", true), // FY2023: new code
        ["K76.82"] = new("K76.82", "Hepatic encephalopathy", true), // FY2023: new code (hepatic encephalopathy was K72.90)
        ["M54.5"] = new("M54.5", "Low back pain", false), // FY2022: was billable, now a header over M54.50/M54.51/M54.59
        ["M54.50"] = new("M54.50", "Low back pain, unspecified", true), // FY2022: new code
        ["R05"] = new("R05", "Cough", false), // FY2022: was billable, now a header over R05.1-R05.9
        ["R05.1"] = new("R05.1", "Acute cough", true), // FY2022: new code
        ["R05.3"] = new("R05.3", "Chronic cough", true), // FY2022: new code
        ["R05.9"] = new("R05.9", "Cough, unspecified", true), // FY2022: new code
        ["R35.8"] = new("R35.8", "Other polyuria", false), // FY2022: was billable, now a header over R35.81/R35.89
        ["R35.89"] = new("R35.89", "Other polyuria", true), // FY2022: new code
        ["U09"] = new("U09", "Post COVID-19 condition", false), // FY2022: new category
        ["U09.9"] = new("U09.9", "Post COVID-19 condition, unspecified", true), // FY2022: new code
    };

    private static readonly IcdCatalog Shipped = IcdCatalog.Embedded;

    public static TheoryData<string> EmittableCodes => new(Engine.Rules.RuleCodes.Embedded());

    [Fact]
    public void RulesNameHundredsOfCodes()
    {
        var count = Engine.Rules.RuleCodes.Embedded().Count;

        Assert.True(count >= 300, $"only {count} codes");
    }

    [Theory]
    [MemberData(nameof(EmittableCodes))]
    public void EveryCodeTheRulesCanEmitIsShippedAndBillable(string code)
    {
        var entry = Shipped.Find(code);

        Assert.True(entry is { Billable: true }, $"{code} is {(entry is null ? "missing from" : "a header in")} Rules/icd10cm_catalog.tsv");
    }

    [Fact]
    public void EveryShippedCodeHasItsParentsShipped()
    {
        var orphans = Shipped.Codes
            .Where(code => IcdCatalog.Key(code.Code).Length > 3 && Shipped.Find(IcdCatalog.Key(code.Code)[..3]) is null)
            .Select(code => code.Code)
            .ToArray();

        Assert.Empty(orphans);
    }

    [Fact]
    public void ShippedTableHoldsOnlyRuleCodesAndTheirParents()
    {
        var emitted = Engine.Rules.RuleCodes.Embedded();
        var needed = emitted
            .SelectMany(code => Enumerable.Range(3, IcdCatalog.Key(code).Length - 2).Select(length => IcdCatalog.Key(code)[..length]))
            .ToHashSet(StringComparer.Ordinal);

        var stray = Shipped.Codes.Where(code => !needed.Contains(IcdCatalog.Key(code.Code))).Select(code => code.Code);

        Assert.Empty(stray);
    }

    [Fact]
    public void ShippedHeadersHaveShippedChildren()
    {
        var childless = Shipped.Codes.Where(code => !code.Billable && Shipped.Children(code.Code).Count == 0).Select(code => code.Code).ToArray();

        Assert.Empty(childless);
    }

    [Fact]
    public void NewerCodesAreShippedExactlyAsListed()
    {
        var wrong = NewerThanFy2021.Values.Where(code => Shipped.Find(code.Code) != code).Select(code => code.Code).ToArray();

        Assert.Empty(wrong);
    }

    [OrderFileFact]
    public void ShippedCodesMatchTheOrderFileUnlessListedAsNewer()
    {
        var mismatches = Shipped.Codes
            .Where(code => !NewerThanFy2021.ContainsKey(code.Code) && OrderFile.Official.Find(code.Code) != code)
            .Select(code => $"{code.Code} shipped as ({code.Billable}, {code.Title}) but the order file has {OrderFile.Official.Find(code.Code)?.ToString() ?? "nothing"}")
            .ToArray();

        Assert.Empty(mismatches);
    }

    [OrderFileFact]
    public void EveryEnclosingEntryOfTheOrderFileIsShipped()
    {
        var missing = Shipped.Codes
            .SelectMany(code => Enumerable.Range(3, IcdCatalog.Key(code.Code).Length - 3).Select(length => IcdCatalog.Key(code.Code)[..length]))
            .Distinct()
            .Where(prefix => OrderFile.Official.Find(prefix) is not null && Shipped.Find(prefix) is null)
            .ToArray();

        Assert.Empty(missing);
    }

    [OrderFileFact]
    public void EveryListedNewerCodeReallyDiffersFromTheFy2021OrderFile()
    {
        var unchanged = NewerThanFy2021.Values.Where(code => OrderFile.Official.Find(code.Code) == code).Select(code => code.Code).ToArray();

        Assert.Empty(unchanged);
    }

    [Fact]
    public void EveryListedNewerCodeIsUsedByTheShippedTable()
    {
        var unused = NewerThanFy2021.Keys.Where(code => Shipped.Find(code) is null).ToArray();

        Assert.Empty(unused);
    }

    [Fact]
    public void GeneratorNewerCodesFileAgreesWithThisList()
    {
        var path = RepositoryFiles.PathOf("tools", "MedDoc.IcdTable", "newer-codes.tsv");
        var listed = File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(fields => new IcdCode(fields[0], fields[2], fields[1] == "1"))
            .ToArray();

        Assert.Equal(NewerThanFy2021.Values.OrderBy(code => code.Code, StringComparer.Ordinal), listed.OrderBy(code => code.Code, StringComparer.Ordinal));
    }
}
