using MedDoc.Engine.Assertions;
using MedDoc.Engine.Classification;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Concepts;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Summaries;
using MedDoc.Engine.Text;

namespace MedDoc.Engine;

/// <summary>
/// The offline clinical NLP engine: the document is read once into a <see cref="TextModel"/> (tokens, sentences, lines,
/// sections), then labs → findings with assertions → codes → type → summary all work from it.
/// Immutable after construction (all rules are read then), thread-safe, no I/O while analysing.
/// </summary>
public sealed class ClinicalEngine : IDocumentAnalyzer
{
    private readonly Sectionizer _sectionizer;
    private readonly LabValueParser _labParser;
    private readonly FindingExtractor _findingExtractor;
    private readonly Icd10Coder _coder;
    private readonly DocumentClassifier _classifier;
    private readonly DocumentSummarizer _summarizer;

    /// <summary>An engine with the embedded rules and the embedded FY2026 terminology.</summary>
    public ClinicalEngine()
        : this(() => IcdTerminology.Embedded)
    {
    }

    /// <summary>An engine with the embedded rules coding against <paramref name="terminology"/> (e.g. a newer year's catalog).</summary>
    public ClinicalEngine(IcdTerminology terminology)
        : this(Given(terminology))
    {
    }

    /// <summary>
    /// Start-up does its three costly, independent steps at once: compiling the document-type patterns (shared by every
    /// engine of the process), building the terminology's pattern index (shared by every engine of that terminology) and
    /// the neoplasm site index; each result is the same whatever the order (docs/performance.md, "Engine start-up").
    /// </summary>
    private ClinicalEngine(Func<IcdTerminology> readTerminology)
    {
        var classifier = Task.Run(() => DocumentClassifier.Embedded);
        var terminology = readTerminology();
        var lexicon = ConceptLexicon.Embedded;
        var catalog = terminology.Catalog;
        var sectionRules = SectionRuleSet.Embedded;
        var assertions = new AssertionDetector();
        var neoplasms = Task.Run(() => new NeoplasmCoder(terminology, assertions, sectionRules));
        var titles = new TerminologyRecognizer(TerminologyIndex.For(terminology), assertions, sectionRules);
        _sectionizer = new Sectionizer(sectionRules);
        _labParser = new LabValueParser();
        _findingExtractor = new FindingExtractor(lexicon, assertions, sectionRules, catalog);
        _coder = new Icd10Coder(lexicon, catalog, new LabCoder(catalog), sectionRules, neoplasms.GetAwaiter().GetResult(), titles, terminology);
        _classifier = classifier.GetAwaiter().GetResult();
        _summarizer = new DocumentSummarizer();
    }

    /// <inheritdoc />
    public AnalysisResult Analyze(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AnalysisResult.Empty;
        }
        var document = TextModel.Read(text, _sectionizer);
        var labs = _labParser.Parse(document);
        var findings = _findingExtractor.Extract(document);
        var classification = _classifier.Classify(document, labs);
        var codes = _coder.Code(document, findings, labs, classification.Type);
        var summary = _summarizer.Summarize(document, labs, findings);
        return new AnalysisResult(classification, document.Sections, labs, findings, codes, summary);
    }

    private static Func<IcdTerminology> Given(IcdTerminology terminology)
    {
        ArgumentNullException.ThrowIfNull(terminology);
        return () => terminology;
    }
}
