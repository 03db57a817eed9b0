using System.Text.RegularExpressions;
using MedDoc.Engine;
using MedDoc.Evaluation.Datasets;

namespace MedDoc.Evaluation.Tests.Datasets;

/// <summary>The shape the issue asks of evals/datasets: size, label coverage, valid ICD-10-CM codes.</summary>
public sealed partial class ProjectDatasetTests
{
    private static readonly EvalDataset Synthetic = DatasetReader.Read(TestPaths.Synthetic);

    [Fact]
    public void SyntheticHasAtLeast150Documents() => Assert.True(Synthetic.Documents.Count >= 150, $"{Synthetic.Documents.Count} documents");

    [Fact]
    public void SyntheticCoversEveryLabelAtLeastEightTimes()
    {
        foreach (var label in DocumentTypes.All)
        {
            var count = Synthetic.Documents.Count(document => document.ExpectedType == label);
            Assert.True(count >= 8, $"{label}: {count} documents");
        }
    }

    [Fact]
    public void SyntheticIdsAreUnique() =>
        Assert.Equal(Synthetic.Documents.Count, Synthetic.Documents.Select(document => document.Id).Distinct().Count());

    [Fact]
    public void SyntheticHasTrapsCrlfAndNonAscii()
    {
        Assert.True(Synthetic.Documents.Count(document => document.ExpectedCodes.Count == 0) >= 30, "documents with no expected code");
        Assert.Contains(Synthetic.Documents, document => document.DocumentText.Contains("\r\n", StringComparison.Ordinal));
        Assert.Contains(Synthetic.Documents, document => document.DocumentText.Contains('µ'));
        Assert.Contains(Synthetic.Documents, document => document.DocumentText.Contains('≥'));
        Assert.Contains(Synthetic.Documents, document => document.DocumentText.Contains('°'));
    }

    [Fact]
    public void AcceptableCodesAreRare() =>
        Assert.True(Synthetic.Documents.Count(document => document.AcceptableCodes.Count > 0) <= Synthetic.Documents.Count / 10);

    [Fact]
    public void QuickIsTwentySyntheticDocumentsOverManyLabels()
    {
        var quick = DatasetReader.Read(TestPaths.Quick).Documents;
        Assert.Equal(20, quick.Count);
        Assert.True(quick.Select(document => document.ExpectedType).Distinct().Count() >= 10);
        var byId = Synthetic.Documents.ToDictionary(document => document.Id);
        Assert.All(quick, document => Assert.Equal(byId[document.Id], document, DocumentComparer.Instance));
    }

    [Fact]
    public void EmbeddedQuickDatasetEqualsTheFile() =>
        Assert.Equal(DatasetReader.Read(TestPaths.Quick).Documents, QuickEvaluation.EmbeddedDataset(), DocumentComparer.Instance);

    [Fact]
    public void EveryCodeIsWrittenWithItsDot() =>
        Assert.All(AllCodes(Synthetic), code => Assert.Matches(CodePattern(), code));

    [Fact]
    public void EveryCodeIsABillableFy2026Code()
    {
        var catalog = MedDoc.Engine.Coding.IcdCatalog.Embedded;
        foreach (var code in AllCodes(Synthetic))
        {
            Assert.True(catalog.IsBillable(code) || code.Length == 3 && catalog.Find(code) is not null,
                $"{code} is not a billable FY2026 ICD-10-CM code (nor a category)");
        }
    }

    private static IEnumerable<string> AllCodes(EvalDataset dataset) =>
        dataset.Documents.SelectMany(document => document.ExpectedCodes.Concat(document.AcceptableCodes)).Distinct();

    [GeneratedRegex(@"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")]
    private static partial Regex CodePattern();

    private sealed class DocumentComparer : IEqualityComparer<EvalDocument>
    {
        public static DocumentComparer Instance { get; } = new();

        public bool Equals(EvalDocument? x, EvalDocument? y) =>
            x is not null && y is not null && x.Id == y.Id && x.DocumentText == y.DocumentText && x.ExpectedType == y.ExpectedType &&
            x.ExpectedCodes.SequenceEqual(y.ExpectedCodes) && x.AcceptableCodes.SequenceEqual(y.AcceptableCodes);

        public int GetHashCode(EvalDocument obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
