using System.Diagnostics;
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
/// <c>dotnet MedDoc.Benchmarks.dll stage-times SET [passes]</c>: the mean wall time per document of each stage of
/// <see cref="MedDoc.Engine.ClinicalEngine.Analyze"/> on a dev set, after three warm-up passes, the stages built as the
/// engine builds them. The terminology and neoplasm recognisers are also timed on their own (they run inside the coder),
/// so the coder's row includes them. To find where a document's time goes without a profiler.
/// </summary>
public static class StageTimesProbe
{
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
        var extractor = new FindingExtractor(ConceptLexicon.Embedded, assertions, sectionRules);
        var coder = new Icd10Coder(ConceptLexicon.Embedded, terminology.Catalog, new LabCoder(terminology.Catalog), sectionRules, neoplasms, titles, terminology);
        var classifier = DocumentClassifier.Embedded;
        var summarizer = new DocumentSummarizer();
        string[] names = ["read", "labs", "findings", "terminology (in coder)", "neoplasms (in coder)", "OCR repair (in neoplasms)", "coder", "classifier", "summary"];
        var ticks = new long[names.Length];
        for (var pass = -3; pass < passes; pass++)
        {
            if (pass == 0)
            {
                Array.Clear(ticks);
            }
            foreach (var text in documents)
            {
                var t0 = Stopwatch.GetTimestamp();
                var document = TextModel.Read(text, sectionizer);
                var t1 = Stopwatch.GetTimestamp();
                var labs = labParser.Parse(document);
                var t2 = Stopwatch.GetTimestamp();
                var findings = extractor.Extract(document);
                var t3 = Stopwatch.GetTimestamp();
                titles.Find(document, findings);
                var t4 = Stopwatch.GetTimestamp();
                neoplasms.Code(document);
                var t5 = Stopwatch.GetTimestamp();
                neoplasms.Repair.Repair(text, document.Tokens);
                var t5b = Stopwatch.GetTimestamp();
                coder.Code(document, findings, labs);
                var t6 = Stopwatch.GetTimestamp();
                classifier.Classify(document, labs);
                var t7 = Stopwatch.GetTimestamp();
                summarizer.Summarize(document, labs, findings);
                var t8 = Stopwatch.GetTimestamp();
                long[] at = [t0, t1, t2, t3, t4, t5, t5b, t6, t7, t8];
                for (var s = 0; s < names.Length; s++)
                {
                    ticks[s] += at[s + 1] - at[s];
                }
            }
        }
        Console.WriteLine($"{set}: {documents.Length} documents, {passes} passes; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var s = 0; s < names.Length; s++)
        {
            Console.WriteLine($"{names[s],-24} {ticks[s] * 1e6 / Stopwatch.Frequency / passes / documents.Length,8:F1} µs/document");
        }
        return 0;
    }
}
