using MedDoc.Engine.Assertions;
using MedDoc.Engine.Classification;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Concepts;
using MedDoc.Engine.Labs;
using MedDoc.Engine.Sections;
using MedDoc.Engine.Summaries;
using MedDoc.Engine.Text;

namespace MedDoc.Benchmarks;

/// <summary>
/// <c>dotnet MedDoc.Benchmarks.dll stage-times SET [passes]</c>: the mean CPU time of the analysing thread per document
/// (<see cref="ThreadCpuClock"/>; the clock is read around each stage, which adds well under a microsecond) of each stage of
/// <see cref="MedDoc.Engine.ClinicalEngine.Analyze"/> on a dev set, after six warm-up passes (tiered compilation keeps improving the code until about the sixth), the stages built as the
/// engine builds them. The terminology and neoplasm recognisers are also timed on their own (they run inside the coder),
/// so the coder's row includes them. To find where a document's time goes without a profiler.
/// </summary>
public static class StageTimesProbe
{
    private const int WarmUpPasses = 6;

    /// <summary>Measures <paramref name="passes"/> passes over the set; returns the exit code.</summary>
    public static int Run(string set, int passes)
    {
        var documents = CpuPerDocumentProbe.Read(set);
        var terminology = IcdTerminology.Embedded;
        var sectionRules = SectionRuleSet.Embedded;
        var assertions = new AssertionDetector();
        var neoplasms = new NeoplasmCoder(terminology, assertions, sectionRules);
        var titles = new TerminologyRecognizer(TerminologyIndex.For(terminology), assertions, sectionRules);
        var sectionizer = new Sectionizer(sectionRules);
        var labParser = new LabValueParser();
        var extractor = new FindingExtractor(ConceptLexicon.Embedded, assertions, sectionRules, terminology.Catalog);
        var coder = new Icd10Coder(ConceptLexicon.Embedded, terminology.Catalog, new LabCoder(terminology.Catalog), sectionRules, neoplasms, titles, terminology);
        var classifier = DocumentClassifier.Embedded;
        var summarizer = new DocumentSummarizer();
        string[] names = ["read", "labs", "findings", "terminology (in coder)", "neoplasms (in coder)", "OCR repair (in neoplasms)", "coder", "classifier", "summary"];
        var micros = new double[names.Length];
        for (var pass = -WarmUpPasses; pass < passes; pass++)
        {
            if (pass == 0)
            {
                Array.Clear(micros);
            }
            foreach (var text in documents)
            {
                var t0 = ThreadCpuClock.Microseconds();
                var document = TextModel.Read(text, sectionizer);
                var t1 = ThreadCpuClock.Microseconds();
                var labs = labParser.Parse(document);
                var t2 = ThreadCpuClock.Microseconds();
                var findings = extractor.Extract(document);
                var t3 = ThreadCpuClock.Microseconds();
                titles.Find(document, findings);
                var t4 = ThreadCpuClock.Microseconds();
                neoplasms.Code(document);
                var t5 = ThreadCpuClock.Microseconds();
                neoplasms.Repair.Repair(text, document.Tokens);
                var t5b = ThreadCpuClock.Microseconds();
                coder.Code(document, findings, labs);
                var t6 = ThreadCpuClock.Microseconds();
                classifier.Classify(document, labs);
                var t7 = ThreadCpuClock.Microseconds();
                summarizer.Summarize(document, labs, findings);
                var t8 = ThreadCpuClock.Microseconds();
                double[] at = [t0, t1, t2, t3, t4, t5, t5b, t6, t7, t8];
                for (var s = 0; s < names.Length; s++)
                {
                    micros[s] += at[s + 1] - at[s];
                }
            }
        }
        Console.WriteLine($"{set}: {documents.Length} documents, {passes} passes; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var s = 0; s < names.Length; s++)
        {
            Console.WriteLine($"{names[s],-24} {micros[s] / passes / documents.Length,8:F1} µs/document");
        }
        return 0;
    }
}
