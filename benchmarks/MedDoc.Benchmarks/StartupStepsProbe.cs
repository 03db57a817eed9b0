using System.Diagnostics;
using System.Globalization;
using MedDoc.Engine;
using MedDoc.Engine.Assertions;
using MedDoc.Engine.Classification;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Sections;

namespace MedDoc.Benchmarks;

/// <summary>
/// <c>dotnet MedDoc.Benchmarks.dll startup-steps</c>: where one cold start goes. In this fresh process the engine's
/// start-up steps run one after another (the engine itself runs them at once), each timed in wall and CPU time:
/// reading the embedded terminology, building its title and inclusion-term index, the document-type patterns, the
/// neoplasm site index, the rest of the engine, and the first analysis. Each step's cost includes the JIT of the code
/// it runs first.
/// </summary>
public static class StartupStepsProbe
{
    private const string Note = "ASSESSMENT: Hypertension and type 2 diabetes mellitus. Renal calculi on CT.";

    /// <summary>Prints "step | wall ms | CPU ms" for each step and the total; returns the exit code.</summary>
    public static int Run()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("step | wall ms | CPU ms");
        var terminology = Step(process, "read the terminology", () => IcdTerminology.Embedded);
        Step(process, "terminology pattern index", () => TerminologyIndex.For(terminology));
        Step(process, "document-type patterns", () => DocumentClassifier.Embedded);
        Step(process, "neoplasm site index", () => new NeoplasmCoder(terminology, new AssertionDetector(), SectionRuleSet.Embedded));
        var engine = Step(process, "rest of the engine", () => new ClinicalEngine(terminology));
        Step(process, "first analysis", () => engine.Analyze(Note));
        Step(process, "second analysis", () => engine.Analyze(Note));
        process.Refresh();
        var wall = (DateTime.Now - process.StartTime).TotalMilliseconds;
        Console.WriteLine($"from process start | {Format(wall)} | {Format(process.TotalProcessorTime.TotalMilliseconds)}");
        return 0;
    }

    private static T Step<T>(Process process, string name, Func<T> step)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = step();
        wall.Stop();
        process.Refresh();
        Console.WriteLine($"{name} | {Format(wall.Elapsed.TotalMilliseconds)} | {Format((process.TotalProcessorTime - cpu).TotalMilliseconds)}");
        return result;
    }

    private static string Format(double milliseconds) => milliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
