using BenchmarkDotNet.Running;

// Named through a benchmark class: this project also references MedDoc.Api, whose top-level Program would clash.
BenchmarkSwitcher.FromAssembly(typeof(MedDoc.Benchmarks.RateLimiterBenchmark).Assembly).Run(args);
