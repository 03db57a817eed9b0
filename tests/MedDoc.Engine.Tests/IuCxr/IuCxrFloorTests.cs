using System.Text;
using Xunit.Abstractions;

namespace MedDoc.Engine.Tests.IuCxr;

/// <summary>
/// The engine's floor on 1,864 real chest X-ray reports (iu-cxr dev split): classification ≥ 0.99, code micro-F1 ≥ 0.948,
/// normal-report false positives ≤ 1.1 % (7 of 682: the "normal" label is about the chest, and a few such reports state
/// real findings elsewhere, "calcaneal enthesopathy"), evidence validity 1.000. Fails when CI=true and the data is missing.
/// Set MEDDOC_IU_DIAGNOSTICS=/path/file.txt to write every FP and FN with its report for tuning.
/// </summary>
public sealed class IuCxrFloorTests(ITestOutputHelper output)
{
    private static readonly ClinicalEngine Engine = new();

    [Fact]
    public void DevSplitMeetsTheFloor()
    {
        var path = IuCxrData.FindDevFile();
        if (path is null)
        {
            Assert.False(IuCxrData.InCi, "CI=true but iu-cxr dev.jsonl was not found (set MEDDOC_IU_DEV).");
            output.WriteLine("iu-dev: skipped, dev.jsonl not found (set MEDDOC_IU_DEV)");
            return;
        }
        var reports = IuCxrScorer.Read(path);
        var diagnostics = new StringBuilder();
        var score = IuCxrScorer.Score(Engine, reports, (report, outcome) => Describe(report, outcome, diagnostics));
        WriteDiagnostics(diagnostics, score);

        output.WriteLine(score.SummaryLine());
        output.WriteLine($"iu-dev counts: tp={score.Tp} fp={score.Fp} fn={score.Fn} p={score.Precision:F3} r={score.Recall:F3}");
        Assert.Equal(1864, score.Total);
        Assert.Equal(0, score.Errors);
        Assert.True(score.Accuracy >= 0.99, score.SummaryLine());
        // 0.946 once the rule reading the data set's de-identification token as a site word was removed (fitted to IU);
        // 0.944 once no rule reads the token at all (the "x-XXXX" modality pattern and the "xxxx" qualifier); 0.945 with
        // edema stated of a lobe ("lower lobe edema") and "without significant interval change" read as a comparison.
        // Most of the 59 misses are differentials ("atelectasis versus infiltrate"), words the token hides ("the aortic
        // XXXX") and lobar collapse (J98.19 in the index, not J98.11). 0.948 with "question X" read as uncertain, a comparison
        // with an earlier study no longer making a finding historical ("unchanged from previous examination 7 years ago"),
        // plural calcified nodules as several (R91.8), Bochdalek hernias as congenital (Q79.0) and coordinated aortic sites;
        // 0.951 once the terminology's "atherosclerosis of aorta" reads further than the curated "atherosclerosis".
        Assert.True(score.F1 >= 0.948, score.SummaryLine());
        Assert.True(score.NormalFpRate <= 0.011, score.SummaryLine());
        Assert.Equal(1.0, score.EvidenceValidity);
    }

    private static void Describe(IuCxrReport report, ReportOutcome outcome, StringBuilder diagnostics)
    {
        if (outcome.FalsePositives.Count == 0 && outcome.FalseNegatives.Count == 0)
        {
            return;
        }
        diagnostics.Append("uid=").Append(report.Uid)
            .Append(" FP=").Append(string.Join(',', outcome.FalsePositives))
            .Append(" FN=").Append(string.Join(',', outcome.FalseNegatives))
            .Append(" labels=").AppendLine(string.Join(';', report.Labels));
        diagnostics.AppendLine(report.DocumentText).AppendLine();
    }

    private static void WriteDiagnostics(StringBuilder diagnostics, IuCxrScore score)
    {
        var target = Environment.GetEnvironmentVariable("MEDDOC_IU_DIAGNOSTICS");
        if (!string.IsNullOrWhiteSpace(target))
        {
            File.WriteAllText(target, score.SummaryLine() + Environment.NewLine + diagnostics);
        }
    }
}
