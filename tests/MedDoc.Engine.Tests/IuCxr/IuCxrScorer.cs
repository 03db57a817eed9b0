using System.Text.Json;

namespace MedDoc.Engine.Tests.IuCxr;

/// <summary>
/// Scores an analyzer on iu-cxr reports exactly as ../shared/data/iu-cxr/README.md says: classification
/// accuracy; exact-code micro P/R/F1 over the scored categories (TP expected and returned, FN expected and
/// missing, FP scored, neither expected nor acceptable; a 3-character acceptable entry covers its
/// category); the same at category level (FPs judged as at exact level, once per category); the share of
/// "normal" reports with any code; and the share of returned codes whose evidence is verbatim.
/// </summary>
public static class IuCxrScorer
{
    /// <summary>The README's scored categories.</summary>
    public static readonly IReadOnlySet<string> ScoredCategories = new HashSet<string>(StringComparer.Ordinal)
    {
        "I51", "J90", "J98", "J43", "J44", "J81", "J93", "J18", "K44", "M41", "R91", "M47", "I70",
    };

    /// <summary>Reads dev.jsonl (one report per line).</summary>
    public static IReadOnlyList<IuCxrReport> Read(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<IuCxrReport>(line) ?? throw new InvalidDataException($"Empty line in {path}."))
            .ToArray();

    /// <summary>Analyzes every report and scores the answers; <paramref name="onReport"/> sees each report's scored outcome.</summary>
    public static IuCxrScore Score(IDocumentAnalyzer analyzer, IReadOnlyList<IuCxrReport> reports, Action<IuCxrReport, ReportOutcome>? onReport = null)
    {
        int errors = 0, typeCorrect = 0, tp = 0, fp = 0, fn = 0, catTp = 0, catFp = 0, catFn = 0;
        int normals = 0, normalsWithCodes = 0, returned = 0, valid = 0;
        foreach (var report in reports)
        {
            AnalysisResult? result = null;
            try
            {
                result = analyzer.Analyze(report.DocumentText);
            }
            catch (Exception)
            {
                errors++;
            }
            var codes = result?.Codes ?? [];
            if (result is not null && result.Classification.Type.ToLabel() == report.ExpectedType)
            {
                typeCorrect++;
            }
            returned += codes.Count;
            valid += codes.Count(code => HasValidEvidence(code, report.DocumentText));
            if (report.IsNormal)
            {
                normals++;
                normalsWithCodes += codes.Count > 0 ? 1 : 0;
            }
            var outcome = Judge(report, codes.Select(code => code.Code));
            tp += outcome.TruePositives.Count;
            fp += outcome.FalsePositives.Count;
            fn += outcome.FalseNegatives.Count;
            catTp += outcome.CategoryTruePositives;
            catFp += outcome.CategoryFalsePositives;
            catFn += outcome.CategoryFalseNegatives;
            onReport?.Invoke(report, outcome);
        }
        return new IuCxrScore(reports.Count, errors, typeCorrect, tp, fp, fn, catTp, catFp, catFn, normals, normalsWithCodes, returned, valid);
    }

    /// <summary>The exact- and category-level outcome of one report's returned codes.</summary>
    public static ReportOutcome Judge(IuCxrReport report, IEnumerable<string> returnedCodes)
    {
        var returned = returnedCodes.Select(Clean).ToHashSet(StringComparer.Ordinal);
        var expected = report.ExpectedCodes.Select(Clean).ToHashSet(StringComparer.Ordinal);
        var acceptable = report.AcceptableCodes.Select(Clean).ToArray();
        var scored = returned.Where(code => ScoredCategories.Contains(Category(code))).ToArray();

        var truePositives = returned.Where(expected.Contains).Order(StringComparer.Ordinal).ToArray();
        var falseNegatives = expected.Where(code => !returned.Contains(code)).Order(StringComparer.Ordinal).ToArray();
        var falsePositives = scored.Where(code => !expected.Contains(code) && !IsAcceptable(code, acceptable)).Order(StringComparer.Ordinal).ToArray();

        var expectedCategories = expected.Select(Category).ToHashSet(StringComparer.Ordinal);
        var returnedCategories = scored.Select(Category).ToHashSet(StringComparer.Ordinal);
        var categoryTp = expectedCategories.Count(returnedCategories.Contains);
        var categoryFn = expectedCategories.Count(category => !returnedCategories.Contains(category));
        var categoryFp = falsePositives.Select(Category).Distinct().Count(category => !expectedCategories.Contains(category));
        return new ReportOutcome(truePositives, falsePositives, falseNegatives, categoryTp, categoryFp, categoryFn);
    }

    private static bool HasValidEvidence(CodeSuggestion code, string text) =>
        code.Evidence.Count > 0 && code.Evidence.All(span => span.Text.Length > 0 && span.IsExactIn(text) && text.Contains(span.Text, StringComparison.Ordinal));

    private static bool IsAcceptable(string code, IReadOnlyList<string> acceptable) =>
        acceptable.Any(entry => entry == code || (entry.Length == 3 && Category(code) == entry));

    private static string Clean(string code) => Engine.Coding.IcdCatalog.WithDot(code);

    private static string Category(string code) => code.Length >= 3 ? code[..3] : code;
}
