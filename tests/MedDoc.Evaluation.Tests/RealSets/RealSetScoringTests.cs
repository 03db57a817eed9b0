using System.IO.Compression;
using System.Text;
using MedDoc.Engine;
using MedDoc.Evaluation.RealSets;

namespace MedDoc.Evaluation.Tests.RealSets;

/// <summary>Real sets (gzip JSON Lines in the format of ../shared/data/real) read and scored by its README's rules, on synthetic files.</summary>
public sealed class RealSetScoringTests
{
    private readonly string _directory = Directory.CreateTempSubdirectory("meddoc-real-set-").FullName;

    private string Gzip(string name, string lines)
    {
        var path = Path.Combine(_directory, name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(lines));
        return path;
    }

    [Fact]
    public void CodiEspLinesGiveExactCategoryAndOutsideChapterRScores()
    {
        var set = RealSetReader.Read(Gzip("codiesp_dev.jsonl.gz", """
            {"id": "a", "document_text": "one", "expected_codes": ["i10", "E11.9", "R50.9"]}
            {"id": "b", "document_text": "two", "expected_codes": ["N20.0"]}
            """));

        var report = RealSetScorer.Score(set, [Returning("I10", "E11.65", "R50.9"), Returning("J18.9")]);

        Assert.Equal("codiesp_dev", report.Name);
        Assert.Equal(2, report.Documents);
        Assert.Null(report.TypeAccuracy);
        Assert.Null(report.Sites);
        Assert.Equal(new CodingScore(2, 2, 2), report.Codes!.Exact);
        Assert.Equal(new CodingScore(3, 1, 1), report.Codes.Category);
        Assert.Equal(new CodingScore(1, 2, 2), report.Codes.OutsideChapterR);
        Assert.Equal(report.Codes.Exact, report.Codes.ExactCurrentCodes);
    }

    [Fact]
    public void ExpectedCodesTheCurrentCodeSetDoesNotBillAreLeftOutOfTheCurrentGoldScoreOnly()
    {
        var set = RealSetReader.Read(Gzip("codiesp_dev.jsonl.gz", """
            {"id": "a", "document_text": "one", "expected_codes": ["M54.5", "I10", "E11"]}
            """));

        var report = RealSetScorer.Score(set, [Returning("I10", "M54.50")]);

        Assert.Equal(new CodingScore(1, 1, 2), report.Codes!.Exact);
        Assert.Equal(new CodingScore(1, 1, 0), report.Codes.ExactCurrentCodes);
    }

    [Fact]
    public void TcgaLinesGiveSiteRecallWrongSiteAndTypeAccuracy()
    {
        var set = RealSetReader.Read(Gzip("tcga_dev.jsonl.gz", """
            {"id": "a", "document_text": "one", "expected_type": "PATHOLOGY REPORT", "site_categories": ["C34"]}
            {"id": "b", "document_text": "two", "expected_type": "PATHOLOGY REPORT", "site_categories": ["C64"]}
            {"id": "c", "document_text": "three", "expected_type": "PATHOLOGY REPORT", "site_categories": ["C67"]}
            """));

        var report = RealSetScorer.Score(set, [
            Returning(DocumentType.PathologyReport, "C34.11", "C78.01"),
            Returning(DocumentType.PathologyReport, "C61"),
            Returning(DocumentType.Other)]);

        // a: right site (a secondary site is never wrong); b: a primary malignancy elsewhere; c: nothing coded.
        Assert.Equal(new SiteScore(3, 1, 1), report.Sites);
        Assert.Equal(2.0 / 3, report.TypeAccuracy!.Value, 6);
        Assert.Null(report.Codes);
        Assert.Contains("  site recall 0.333, wrong site 0.333 (3 reports)", report.Lines());
    }

    [Fact]
    public void ScoringWithTheEngineAnalysesEveryDocument()
    {
        var set = RealSetReader.Read(Gzip("codiesp_dev.jsonl.gz", """
            {"id": "a", "document_text": "ASSESSMENT: Essential hypertension.", "expected_codes": ["I10"]}
            {"id": "b", "document_text": "ASSESSMENT: No hypertension.", "expected_codes": []}
            """));

        var report = RealSetScorer.Score(set, new ClinicalEngine(), concurrency: 2);

        Assert.Equal(new CodingScore(1, 0, 0), report.Codes!.Exact);
    }

    [Fact]
    public void MissingFileNamesThePath()
    {
        var path = Path.Combine(_directory, "absent.jsonl.gz");

        var error = Assert.Throws<EvaluationInputException>(() => RealSetReader.Read(path));

        Assert.StartsWith($"{path}: cannot read the dataset", error.Message);
    }

    [Fact]
    public void CorruptGzipNamesTheFile()
    {
        var path = Gzip("corrupt.jsonl.gz", string.Concat(Enumerable.Range(0, 200).Select(i => $$"""{"id": "{{i}}", "document_text": "text {{i}}", "expected_codes": []}""" + "\n")));
        var bytes = File.ReadAllBytes(path);
        Array.Fill(bytes, (byte)0xFF, 20, 40);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<EvaluationInputException>(() => RealSetReader.Read(path));

        Assert.StartsWith($"{path}: not a readable gzip file", error.Message);
    }

    [Fact]
    public void MalformedLineNamesTheLineAndFieldWithoutDocumentText()
    {
        var path = Gzip("bad.jsonl.gz", """
            {"id": "a", "document_text": "Secret words", "expected_codes": ["I10"]}
            {"id": "b", "document_text": "Secret words", "expected_codes": "I10"}
            """);

        var error = Assert.Throws<EvaluationInputException>(() => RealSetReader.Read(path));

        Assert.Equal($"{path}: line 2, field 'expected_codes': expected an array of strings, found String", error.Message);
        Assert.DoesNotContain("Secret", error.Message);
    }

    [Fact]
    public void LineWithoutLabelsIsRejected()
    {
        var path = Gzip("unlabelled.jsonl.gz", """{"id": "a", "document_text": "x"}""");

        var error = Assert.Throws<EvaluationInputException>(() => RealSetReader.Read(path));

        Assert.Equal($"{path}: line 1: no labels (expected_type, expected_codes or site_categories)", error.Message);
    }

    private static AnalysisResult Returning(params string[] codes) => Returning(DocumentType.Other, codes);

    private static AnalysisResult Returning(DocumentType type, params string[] codes) => AnalysisResult.Empty with
    {
        Classification = new DocumentClassification(type, 1, "test"),
        Codes = [.. codes.Select(code => new CodeSuggestion(code, "title", [], 1, CodeBasis.Documented))],
    };
}
