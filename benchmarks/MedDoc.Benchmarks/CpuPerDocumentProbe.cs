using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using MedDoc.Engine;

namespace MedDoc.Benchmarks;

/// <summary>
/// <c>dotnet MedDoc.Benchmarks.dll cpu-per-document SET [passes]</c> (SET: iu, mts, tcga, codiesp): the engine's CPU
/// time per document, one thread, after three warm-up passes (tiered compilation). On a machine shared with other work, wall-clock benchmarks
/// (RealDocumentsBenchmark, IuReportsBenchmark) measure the share of a core the process got as much as the engine; the
/// CPU time this process used is far less sensitive to that. Prints the load average, the CPU and wall time per
/// document of each pass, and the median. The CPU time of the thread that analyses (Linux) leaves out the runtime's
/// background threads (tiered compilation, background GC), and the fastest pass is the least disturbed one.
/// </summary>
public static class CpuPerDocumentProbe
{
    // Tiered compilation (and dynamic PGO) settles in the third pass over a set; the first passes cost up to three times more.
    private const int WarmUpPasses = 3;

    /// <summary>Measures <paramref name="passes"/> passes over the set; returns the exit code.</summary>
    public static int Run(string set, int passes)
    {
        var documents = Read(set);
        var engine = new ClinicalEngine();
        for (var warmUp = 0; warmUp < WarmUpPasses; warmUp++)
        {
            Analyze(engine, documents);
        }
        Console.WriteLine($"{set}: {documents.Length} documents; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        var perDocument = new List<double>();
        var perThread = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var pass = 1; pass <= passes; pass++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var threadBefore = ThreadCpuClock.Microseconds();
            var wall = Stopwatch.StartNew();
            Analyze(engine, documents);
            wall.Stop();
            var thread = (ThreadCpuClock.Microseconds() - threadBefore) / documents.Length;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / documents.Length;
            perDocument.Add(cpu);
            perThread.Add(thread);
            Console.WriteLine($"pass {pass}: CPU {cpu:F0} µs/document (this thread {thread:F1}), wall {wall.Elapsed.TotalMicroseconds / documents.Length:F0} µs/document");
        }
        var sorted = perDocument.Order().ToArray();
        var sortedThread = perThread.Order().ToArray();
        Console.WriteLine($"median CPU {sorted[sorted.Length / 2]:F0} µs/document; this thread: median {sortedThread[sortedThread.Length / 2]:F1}, fastest pass {sortedThread[0]:F1} µs/document");
        return 0;
    }

    private static int Analyze(ClinicalEngine engine, string[] documents)
    {
        var codes = 0;
        foreach (var document in documents)
        {
            codes += engine.Analyze(document).Codes.Count;
        }
        return codes;
    }

    /// <summary>The texts of the dev set <paramref name="set"/> (iu, mts, tcga, codiesp), in file order.</summary>
    internal static string[] Read(string set)
    {
        if (set == "iu")
        {
            var iu = BenchmarkData.FindIuDev() ?? throw new FileNotFoundException("iu-cxr dev.jsonl not found; set MEDDOC_IU_DEV.");
            return File.ReadLines(iu).Where(line => line.Length > 0).Select(Text).ToArray();
        }
        var path = BenchmarkData.FindShared(Path.Combine("real", $"{set}_dev.jsonl.gz"))
            ?? throw new FileNotFoundException($"real/{set}_dev.jsonl.gz not found under shared/data.");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var documents = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                documents.Add(Text(line));
            }
        }
        return [.. documents];
    }

    private static string Text(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("document_text").GetString() ?? string.Empty;
    }
}
