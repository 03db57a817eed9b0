using Xunit.Abstractions;

namespace MedDoc.Engine.Tests.RealData;

/// <summary>
/// Coding floors on real text nobody here wrote (../shared/data/real dev splits, scored as its README says): TCGA
/// pathology reports (site recall: a code in the primary site's category; wrong site: a primary malignancy C00–C76
/// elsewhere) and CodiEsp case reports (micro P/R/F1, exact and by category, on all codes and outside chapter R).
/// The floors sit just under the measured values so that a regression fails; they fail when CI=true and the data is missing.
/// </summary>
public sealed class RealCodingFloorTests(ITestOutputHelper output)
{
    private static readonly ClinicalEngine Engine = new();

    [Fact]
    public void TcgaPathologyReportsFindThePrimarySite()
    {
        if (CodingSets.Tcga() is not { } reports)
        {
            Assert.False(SharedDataLocator.IsCi, "CI=true but real/tcga_dev.jsonl.gz is missing");
            return;
        }
        int found = 0, wrong = 0;
        foreach (var report in reports)
        {
            var categories = Engine.Analyze(report.Text).Codes.Select(code => code.Code[..3]).ToHashSet(StringComparer.Ordinal);
            found += categories.Any(report.Labels.Contains) ? 1 : 0;
            wrong += categories.Any(category => IsPrimaryMalignancy(category) && !report.Labels.Contains(category)) ? 1 : 0;
        }
        var recall = (double)found / reports.Count;
        var wrongRate = (double)wrong / reports.Count;
        output.WriteLine($"tcga dev ({reports.Count}): site recall {recall:F3}, wrong site {wrongRate:F3}");

        Assert.True(recall >= TcgaSiteRecallFloor, $"site recall {recall:F3} < {TcgaSiteRecallFloor}");
        Assert.True(wrongRate <= TcgaWrongSiteCeiling, $"wrong site {wrongRate:F3} > {TcgaWrongSiteCeiling}");
    }

    [Fact]
    public void CodiEspCaseReportsMeetTheCodingFloor()
    {
        if (CodingSets.CodiEsp() is not { } cases)
        {
            Assert.False(SharedDataLocator.IsCi, "CI=true but real/codiesp_dev.jsonl.gz is missing");
            return;
        }
        var pairs = cases
            .Select(report => (Expected: (IReadOnlySet<string>)report.Labels.ToHashSet(StringComparer.Ordinal),
                               Returned: (IReadOnlySet<string>)Engine.Analyze(report.Text).Codes.Select(code => code.Code).ToHashSet(StringComparer.Ordinal)))
            .ToArray();
        var exact = CodingScore.Micro(pairs);
        var category = CodingScore.Micro(pairs.Select(pair => (Categories(pair.Expected), Categories(pair.Returned))));
        var outsideR = CodingScore.Micro(pairs.Select(pair => (OutsideChapterR(pair.Expected), OutsideChapterR(pair.Returned))));
        output.WriteLine($"codiesp dev ({cases.Count}): exact {exact}; category {category}; outside chapter R {outsideR}");

        Assert.True(exact.F1 >= CodiEspExactF1Floor, $"exact {exact}");
        Assert.True(exact.Precision >= CodiEspPrecisionFloor, $"exact {exact}");
        Assert.True(category.F1 >= CodiEspCategoryF1Floor, $"category {category}");
        Assert.True(outsideR.Recall >= CodiEspOutsideRRecallFloor, $"outside chapter R {outsideR}");
    }

    // Neoplasm coding from the Table of Neoplasms (NeoplasmCoder) lifted site recall from 0.439 to 0.719. Wrong site is
    // 0.026 (50 of 1,903; issue #16 targets 0.02): 18 of those are second primaries the report states as diagnoses of
    // their own (prostatic adenocarcinoma with its Gleason score in a cystoprostatectomy, papillary thyroid carcinoma in a
    // neck dissection), which the engine codes as a coder would; the rest are heading and OCR misreadings.
    // Reading the primary site where the diagnosis lines leave it open — the clinical history's cancer when the diagnoses
    // place tumours at several sites, a heading wrapped onto the line above, the tumour-site line of a synoptic report for
    // its histologic type — lifted site recall to 0.777 (1,479 of 1,903). Wrong site is 0.027 (52 of 1,903; 50 before):
    // 14 are prostatic adenocarcinomas a cystoprostatectomy report states as a diagnosis of their own (a coder codes
    // them), 3 thyroid carcinomas found in a neck dissection; the rest are spread read as origin (cervical squamous
    // carcinoma in the uterine corpus, serous carcinoma in the uterus) and cancers named in forms and test notes.
    private const double TcgaSiteRecallFloor = 0.77;
    private const double TcgaWrongSiteCeiling = 0.028;
    // Matching the words of ICD-10-CM titles and inclusion terms (TerminologyRecognizer) lifted CodiEsp exact F1 from
    // 0.310 to 0.353, category F1 from 0.384 to 0.437 and outside-chapter-R recall from 0.163 to 0.217 at precision 0.672.
    // Coding lasting conditions stated as history ("a history of hypertension and type 2 diabetes") and complaints dated by
    // a duration ("a 3-day history of fever") lifted exact F1 to 0.382 (P 0.689), category F1 to 0.471 and outside-R
    // recall to 0.246.
    private const double CodiEspExactF1Floor = 0.375;
    private const double CodiEspPrecisionFloor = 0.65;
    private const double CodiEspCategoryF1Floor = 0.46;
    private const double CodiEspOutsideRRecallFloor = 0.24;

    private static bool IsPrimaryMalignancy(string category) =>
        category[0] == 'C' && int.TryParse(category[1..3], out var number) && number <= 76;

    private static IReadOnlySet<string> Categories(IReadOnlySet<string> codes) => codes.Select(code => code[..3]).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlySet<string> OutsideChapterR(IReadOnlySet<string> codes) => codes.Where(code => code[0] != 'R').ToHashSet(StringComparer.Ordinal);
}
