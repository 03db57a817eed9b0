using System.Globalization;
using System.Text.Json;
using MedDoc.Engine.Classification;
using Xunit.Abstractions;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Tests.RealData;

/// <summary>
/// Floors on real documents nobody here wrote (../shared/data/real dev splits): MTSamples transcriptions (8 labels) and
/// TCGA OCR pathology reports. Prints per-label accuracy, the confusion matrix and the reliability table; fails when
/// CI=true and the data is missing. MEDDOC_CLASSIFICATION_REPORT=/path.md writes the same report to a file;
/// MEDDOC_CALIBRATION_OUT=/path.json writes a calibration fitted on these sets (Rules/confidence_calibration.json).
/// </summary>
public sealed class RealDocumentClassificationTests(ITestOutputHelper output)
{
    private const double MtsamplesFloor = 0.92;
    private const double MtsamplesLabelFloor = 0.85;

    // Issue #10's target (0.85) is not met for these labels yet; their floors hold today's level so they cannot slip.
    private static readonly Dictionary<string, double> LabelsBelowTarget = new() { ["CT"] = 0.60, ["MRI"] = 0.45 };
    private const int LabelFloorMinimumDocuments = 20;
    private const double TcgaFloor = 0.98;
    private const double MaximumCalibrationError = 0.05;

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<ClassificationOutcome>>?> Outcomes = new(Classify);

    [Fact]
    public void MtsamplesDevMeetsTheAccuracyFloor()
    {
        if (Sets() is not { } sets)
        {
            return;
        }
        var mts = sets["mts"];
        output.WriteLine(ClassificationReport.Describe("mts dev", [.. mts]));
        Assert.True(ClassificationReport.Accuracy([.. mts]) >= MtsamplesFloor, $"mts accuracy {ClassificationReport.Accuracy([.. mts]):0.000} < {MtsamplesFloor}");
    }

    [Fact]
    public void EveryMtsamplesLabelWithTwentyDocumentsMeetsTheLabelFloor()
    {
        if (Sets() is not { } sets)
        {
            return;
        }
        var weak = sets["mts"]
            .GroupBy(outcome => outcome.Expected)
            .Where(label => label.Count() >= LabelFloorMinimumDocuments)
            .Select(label => (Label: label.Key, Accuracy: ClassificationReport.Accuracy([.. label])))
            .Where(label => label.Accuracy < LabelsBelowTarget.GetValueOrDefault(label.Label, MtsamplesLabelFloor))
            .Select(label => $"{label.Label} {label.Accuracy:0.000}")
            .ToArray();
        Assert.True(weak.Length == 0, $"below {MtsamplesLabelFloor}: {string.Join(", ", weak)}");
    }

    [Fact]
    public void TcgaDevPathologyReportsMeetTheAccuracyFloor()
    {
        if (Sets() is not { } sets)
        {
            return;
        }
        var tcga = sets["tcga"];
        output.WriteLine(ClassificationReport.Describe("tcga dev", [.. tcga]));
        Assert.True(ClassificationReport.Accuracy([.. tcga]) >= TcgaFloor, $"tcga accuracy {ClassificationReport.Accuracy([.. tcga]):0.000} < {TcgaFloor}");
    }

    [Fact]
    public void ConfidenceIsCalibratedOnTheDevSets()
    {
        if (Sets() is not { } sets)
        {
            return;
        }
        var all = sets.Values.SelectMany(set => set).ToArray();
        var error = ClassificationReport.ExpectedCalibrationError(all);
        output.WriteLine(ClassificationReport.Describe("mts + tcga dev", all));
        WriteCalibration(all);
        Assert.True(error <= MaximumCalibrationError, $"ECE {error:0.000} > {MaximumCalibrationError}: refit Rules/confidence_calibration.json (MEDDOC_CALIBRATION_OUT)");
    }

    [Fact]
    public void ConfidenceIsCalibratedOnEachDevSetAlone()
    {
        if (Sets() is not { } sets)
        {
            return;
        }
        // One calibration serves both sets; TCGA's 1,903 reports must not hide a miscalibrated MTSamples.
        var errors = sets.Select(set => (set.Key, Error: ClassificationReport.ExpectedCalibrationError([.. set.Value]))).ToArray();
        output.WriteLine(string.Join(", ", errors.Select(set => string.Create(CultureInfo.InvariantCulture, $"{set.Key} ECE {set.Error:0.000}"))));
        var miscalibrated = errors.Where(set => set.Error > MaximumCalibrationError).Select(set => string.Create(CultureInfo.InvariantCulture, $"{set.Key} {set.Error:0.000}")).ToArray();
        Assert.True(miscalibrated.Length == 0, $"ECE > {MaximumCalibrationError}: {string.Join(", ", miscalibrated)}");
    }

    [Fact]
    public void CalibrationHoldsForADocumentLeftOutOfTheFit()
    {
        if (Sets() is not { } sets)
        {
            return;
        }
        var all = sets.Values.SelectMany(set => set).ToArray();
        var leftOut = all.Select((outcome, index) =>
        {
            var others = all.Where((_, other) => other != index).Select(other => (other.Strength, other.Correct));
            var calibration = new ConfidenceCalibration(ConfidenceCalibration.Fit(others));
            return outcome with { Confidence = calibration.Calibrate(outcome.Strength) };
        }).ToArray();
        var error = ClassificationReport.ExpectedCalibrationError(leftOut);
        output.WriteLine($"leave-one-out ECE {error:0.000} (n={leftOut.Length})");
        foreach (var set in leftOut.GroupBy(outcome => outcome.Set))
        {
            output.WriteLine($"leave-one-out ECE, {set.Key} alone: {ClassificationReport.ExpectedCalibrationError([.. set]):0.000} (n={set.Count()})");
        }
        Assert.True(error <= MaximumCalibrationError, $"leave-one-out ECE {error:0.000} > {MaximumCalibrationError}");
    }

    private IReadOnlyDictionary<string, IReadOnlyList<ClassificationOutcome>>? Sets()
    {
        var sets = Outcomes.Value;
        if (sets is null)
        {
            Assert.False(SharedDataLocator.IsCi, "CI=true but ../shared/data/real/{mts,tcga}_dev.jsonl.gz were not found.");
            output.WriteLine("real dev sets not found: skipped");
            return null;
        }
        var target = Environment.GetEnvironmentVariable("MEDDOC_CLASSIFICATION_REPORT");
        if (!string.IsNullOrWhiteSpace(target))
        {
            File.WriteAllText(target, string.Concat(sets.Select(set => ClassificationReport.Describe($"{set.Key} dev", [.. set.Value]) + Environment.NewLine)));
        }
        return sets;
    }

    private static void WriteCalibration(IReadOnlyList<ClassificationOutcome> outcomes)
    {
        var target = Environment.GetEnvironmentVariable("MEDDOC_CALIBRATION_OUT");
        if (string.IsNullOrWhiteSpace(target))
        {
            return;
        }
        var steps = ConfidenceCalibration.Fit(outcomes.Select(outcome => (outcome.Strength, outcome.Correct)));
        var lines = steps.Select(step => string.Create(CultureInfo.InvariantCulture, $"    {{ \"up_to\": {step.UpTo}, \"probability\": {step.Probability} }}"));
        var source = $"Isotonic fit of the raw evidence strength of the classifier to correctness on the MTSamples and TCGA dev splits ({outcomes.Count} documents); regenerate with MEDDOC_CALIBRATION_OUT (tests/MedDoc.Engine.Tests/RealData)";
        File.WriteAllText(target, $"{{\n  \"source\": {JsonSerializer.Serialize(source)},\n  \"steps\": [\n{string.Join(",\n", lines)}\n  ]\n}}\n");
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<ClassificationOutcome>>? Classify()
    {
        var engine = new ClinicalEngine();
        var classifier = new DocumentClassifier();
        var sets = new Dictionary<string, IReadOnlyList<ClassificationOutcome>>(StringComparer.Ordinal);
        foreach (var name in new[] { "mts", "tcga" })
        {
            if (RealDocuments.ReadDev(name) is not { } documents)
            {
                return null;
            }
            sets[name] = documents.Select(document =>
            {
                var analysis = engine.Analyze(document.Text);
                var decision = classifier.Decide(TextModel.Read(document.Text), analysis.LabResults);
                return new ClassificationOutcome(name, document.Id, document.ExpectedType, analysis.Classification.Type.ToLabel(), decision.Strength, analysis.Classification.Confidence);
            }).ToArray();
        }
        return sets;
    }
}
