using System.Diagnostics;
using System.Globalization;
using MedDoc.Engine;

namespace MedDoc.Benchmarks;

/// <summary>
/// <c>dotnet MedDoc.Benchmarks.dll startup [runs]</c>: the engine's cold start as a user sees it. Each run is a fresh
/// process (this program again, with <c>startup-once</c>) that constructs <see cref="ClinicalEngine"/> with the full
/// embedded terminology and analyses one short note, then prints the wall time from process start, the time inside
/// Main, the CPU time and the working set (VmRSS and its peak VmHWM from /proc/self/status). The parent prints every
/// run and the median. By default each run has the runtime settings of the API (src/MedDoc.Api/MedDoc.Api.csproj turns
/// dynamic PGO off, ADR 006), which is where the engine starts in production; <c>startup [runs] default</c> keeps the
/// runtime's defaults (dynamic PGO on), as this benchmark process has them.
/// </summary>
public static class StartupProbe
{
    private const string Note = "ASSESSMENT: Hypertension and type 2 diabetes mellitus. Renal calculi on CT.";

    /// <summary>Runs <paramref name="runs"/> fresh processes and prints their measurements; returns the exit code.</summary>
    public static int RunMany(int runs, bool runtimeDefaults)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var dll = typeof(StartupProbe).Assembly.Location;
        var lines = new List<string>();
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine(runtimeDefaults ? "runtime defaults (dynamic PGO on)" : "the API's runtime settings (dynamic PGO off)");
        Console.WriteLine("run | from process start ms | in Main ms | CPU ms | VmRSS MB | VmHWM MB");
        for (var run = 1; run <= runs; run++)
        {
            var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                start.ArgumentList.Add(dll);
            }
            start.ArgumentList.Add("startup-once");
            if (!runtimeDefaults)
            {
                start.Environment["DOTNET_TieredPGO"] = "0";
            }
            using var process = Process.Start(start)!;
            var line = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"run {run} failed with exit code {process.ExitCode}");
                return 1;
            }
            lines.Add(line);
            Console.WriteLine($"{run} | {line}");
        }
        var columns = lines.Select(line => line.Split(" | ").Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var medians = Enumerable.Range(0, columns[0].Length).Select(c => Median(columns.Select(row => row[c]))).ToArray();
        Console.WriteLine("median | " + string.Join(" | ", medians.Select(value => value.ToString("F0", CultureInfo.InvariantCulture))));
        return 0;
    }

    /// <summary>One cold start in this process: prints "wall | main | cpu | rss | hwm".</summary>
    public static int RunOnce()
    {
        var main = Stopwatch.StartNew();
        var engine = new ClinicalEngine();
        if (engine.Analyze(Note).Codes.Count == 0)
        {
            Console.Error.WriteLine("the probe note gave no codes");
            return 1;
        }
        main.Stop();
        using var process = Process.GetCurrentProcess();
        var wall = (DateTime.Now - process.StartTime).TotalMilliseconds;
        var status = File.ReadAllLines("/proc/self/status");
        Console.WriteLine(string.Join(" | ",
            wall.ToString("F0", CultureInfo.InvariantCulture),
            main.Elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture),
            process.TotalProcessorTime.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture),
            Megabytes(status, "VmRSS:"),
            Megabytes(status, "VmHWM:")));
        return 0;
    }

    private static string Megabytes(string[] status, string field)
    {
        var kilobytes = status.Single(line => line.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0];
        return (double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024).ToString("F0", CultureInfo.InvariantCulture);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
