using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MedDoc.Engine;
using MedDoc.Engine.Classification;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Concepts;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Summaries;
using MedDoc.Engine.Text;

namespace MedDoc.Benchmarks;

/// <summary>
/// Time and allocations per IU dev report of each engine stage alone, on the previous stages' outputs
/// computed once, to show where the per-report time goes. Class is unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class StagesBenchmark
{
    private readonly Sectionizer _sectionizer = new();
    private TextModel[] _documents = [];
    private readonly LabValueParser _labs = new();
    private readonly DocumentClassifier _classifier = new();
    private readonly DocumentSummarizer _summarizer = new();
    private FindingExtractor _extractor = null!;
    private Icd10Coder _coder = null!;
    private string[] _texts = [];
    private IReadOnlyList<Section>[] _sections = [];
    private IReadOnlyList<LabResult>[] _labResults = [];
    private IReadOnlyList<Finding>[] _findings = [];

    /// <summary>Loads the reports and runs every stage once.</summary>
    [GlobalSetup]
    public void Prepare()
    {
        var lexicon = ConceptLexicon.LoadEmbedded();
        _extractor = new FindingExtractor(lexicon);
        _coder = new Icd10Coder(lexicon, IcdCatalog.Embedded, new LabCoder(IcdCatalog.Embedded));
        var path = BenchmarkData.FindIuDev() ?? throw new FileNotFoundException("iu-cxr dev.jsonl not found; set MEDDOC_IU_DEV.");
        _texts = File.ReadLines(path)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("document_text").GetString() ?? string.Empty)
            .ToArray();
        _documents = _texts.Select(text => TextModel.Read(text, _sectionizer)).ToArray();
        _sections = _documents.Select(document => document.Sections).ToArray();
        _labResults = _documents.Select(_labs.Parse).ToArray();
        _findings = _documents.Select(_extractor.Extract).ToArray();
    }

    /// <summary>The text model per report: tokens, sentences, lines and sections, read once for every stage.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int ReadTextModel() => Run(i => TextModel.Read(_texts[i], _sectionizer).Sections.Count);

    /// <summary>LabValueParser per report.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int Labs() => Run(i => _labs.Parse(_documents[i]).Count);

    /// <summary>FindingExtractor (concepts and assertions) per report.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int Findings() => Run(i => _extractor.Extract(_documents[i]).Count);

    /// <summary>Icd10Coder (with LabCoder) per report.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int Codes() => Run(i => _coder.Code(_texts[i], _sections[i], _findings[i], _labResults[i]).Count);

    /// <summary>DocumentClassifier per report.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int Classify() => Run(i => (int)_classifier.Classify(_documents[i], _labResults[i]).Type);

    /// <summary>DocumentSummarizer per report.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkData.IuDevReports)]
    public int Summarize() => Run(i => _summarizer.Summarize(_documents[i], _labResults[i], _findings[i]).KeyFindings.Count);

    private int Run(Func<int, int> stage)
    {
        var total = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            total += stage(i);
        }
        return total;
    }
}
