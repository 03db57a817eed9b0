using BenchmarkDotNet.Running;
using MedDoc.Benchmarks;

// "startup [runs] [default]" measures cold starts in fresh processes (StartupProbe), "startup-steps" one cold start
// step by step (StartupStepsProbe), "cpu-per-document SET [passes]" the engine's CPU time per document
// (CpuPerDocumentProbe), "output-digest SET [file]" a digest of the engine's whole output on a set (OutputDigestProbe), "stage-times SET
// [passes]" the wall time of each stage per document (StageTimesProbe);
// anything else goes to BenchmarkDotNet.
if (args is ["startup", ..])
{
    return StartupProbe.RunMany(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, runtimeDefaults: args is [_, _, "default"]);
}
if (args is ["cpu-per-document", var set, ..])
{
    return CpuPerDocumentProbe.Run(set, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
}
if (args is ["output-digest", var digestSet, ..])
{
    return OutputDigestProbe.Run(digestSet, args.Length > 2 ? args[2] : null);
}
if (args is ["stage-times", var stageSet, ..])
{
    return StageTimesProbe.Run(stageSet, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
}
if (args is ["startup-steps"])
{
    return StartupStepsProbe.Run();
}
if (args is ["startup-once"])
{
    return StartupProbe.RunOnce();
}
// Named through a benchmark class: this project also references MedDoc.Api, whose top-level Program would clash.
BenchmarkSwitcher.FromAssembly(typeof(RateLimiterBenchmark).Assembly).Run(args);
return 0;
