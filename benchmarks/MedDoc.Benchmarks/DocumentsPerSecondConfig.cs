using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MedDoc.Benchmarks;

/// <summary>Adds a Docs/s column to a benchmark whose mean is per document (OperationsPerInvoke = the documents of one run).</summary>
public sealed class DocumentsPerSecondConfig : ManualConfig
{
    public DocumentsPerSecondConfig() => AddColumn(new DocumentsPerSecondColumn());

    private sealed class DocumentsPerSecondColumn : IColumn
    {
        public string Id => nameof(DocumentsPerSecondColumn);

        public string ColumnName => "Docs/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Documents per second: one second divided by the mean time per document";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { Mean: > 0 } statistics
                ? (1e9 / statistics.Mean).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                : "NA";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
