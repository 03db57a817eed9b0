using System.IO.Compression;
using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

public sealed class IcdCatalogTests : IDisposable
{
    private readonly List<string> _tempFiles = [];

    private static string Line(int order, string code, char flag, string title) =>
        $"{order:D5} {code,-7} {flag} {(title.Length > 60 ? title[..60] : title),-60} {title}";

    private static readonly string[] SampleLines =
    [
        Line(1, "I51", '0', "Complications and ill-defined descriptions of heart disease"),
        Line(2, "I517", '1', "Cardiomegaly"),
        Line(3, "N18", '0', "Chronic kidney disease (CKD)"),
        Line(4, "N183", '0', "Chronic kidney disease, stage 3 (moderate)"),
        Line(5, "N1830", '1', "Chronic kidney disease, stage 3 unspecified"),
        Line(6, "N1831", '1', "Chronic kidney disease, stage 3a"),
        Line(7, "J90", '1', "Pleural effusion, not elsewhere classified"),
    ];

    private static IcdCatalog Sample(params string[] lines) =>
        IcdCatalog.ReadOrderFile(new StringReader(string.Join("\r\n", lines.Length == 0 ? SampleLines : lines)), "sample.txt");

    [Fact]
    public void OrderFileLineGetsItsDotAfterTheThirdCharacter()
    {
        var code = Sample().Find("I51.7");

        Assert.Equal(new IcdCode("I51.7", "Cardiomegaly", true), code);
    }

    [Fact]
    public void ThreeCharacterCodeKeepsNoDot()
    {
        Assert.Equal("J90", Sample().Find("J90")?.Code);
    }

    [Fact]
    public void HeaderLineIsNotBillable()
    {
        Assert.False(Sample().IsBillable("N18.3"));
    }

    [Theory]
    [InlineData("I51.7")]
    [InlineData("I517")]
    [InlineData("i51.7")]
    [InlineData(" i517 ")]
    public void FindToleratesMissingDotCaseAndSpaces(string written)
    {
        Assert.Equal("I51.7", Sample().Find(written)?.Code);
    }

    [Fact]
    public void UnknownCodeIsNotFound()
    {
        Assert.Null(Sample().Find("Z99.99"));
    }

    [Fact]
    public void UnknownCodeIsNotBillable()
    {
        Assert.False(Sample().IsBillable("Z99.99"));
    }

    [Fact]
    public void ParentIsTheNearestEnclosingEntry()
    {
        Assert.Equal("N18.3", Sample().Parent("N18.31")?.Code);
    }

    [Fact]
    public void CategoryHasNoParent()
    {
        Assert.Null(Sample().Parent("N18"));
    }

    [Fact]
    public void ChildrenAreTheEntriesDirectlyBelow()
    {
        var children = Sample().Children("n183").Select(code => code.Code);

        Assert.Equal(["N18.30", "N18.31"], children);
    }

    [Fact]
    public void CountIncludesHeaders()
    {
        Assert.Equal(7, Sample().Count);
    }

    [Fact]
    public void TrailingBlankLinesAreIgnored()
    {
        var catalog = Sample(SampleLines[1], "", "");

        Assert.Equal(1, catalog.Count);
    }

    [Fact]
    public void TruncatedLineNamesFileAndLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => Sample(SampleLines[0], SampleLines[1][..40]));

        Assert.StartsWith("sample.txt line 2:", error.Message);
    }

    [Fact]
    public void BadBillableFlagNamesFileAndLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => Sample(SampleLines[0], SampleLines[1], Line(3, "J90", 'X', "Pleural effusion")));

        Assert.Equal("sample.txt line 3: column 15 (billable flag) must be 0 or 1, not 'X'.", error.Message);
    }

    [Fact]
    public void NonNumericOrderNumberNamesTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => Sample("ABCDE" + SampleLines[1][5..]));

        Assert.StartsWith("sample.txt line 1: columns 1-5", error.Message);
    }

    [Fact]
    public void CodeWithPunctuationNamesTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => Sample(Line(1, "I51.7", '1', "Cardiomegaly")));

        Assert.StartsWith("sample.txt line 1: columns 7-13", error.Message);
    }

    [Fact]
    public void ShiftedColumnsNameTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => Sample(" " + SampleLines[1]));

        Assert.StartsWith("sample.txt line 1:", error.Message);
    }

    [Fact]
    public void DuplicateCodeNamesTheFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => Sample(SampleLines[1], SampleLines[1]));

        Assert.Equal("sample.txt: code I51.7 is listed more than once.", error.Message);
    }

    [Fact]
    public void EmptyFileIsRejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => Sample("", ""));

        Assert.Equal("sample.txt: contains no ICD-10-CM codes.", error.Message);
    }

    [Fact]
    public void LoadReadsPlainText()
    {
        var path = TempFile(".txt", stream => Write(stream));

        Assert.Equal(7, IcdCatalog.Load(path).Count);
    }

    [Fact]
    public void LoadReadsGzipWhateverTheExtension()
    {
        var path = TempFile(".txt", stream =>
        {
            using var gzip = new GZipStream(stream, CompressionLevel.Fastest);
            Write(gzip);
        });

        Assert.Equal("Cardiomegaly", IcdCatalog.Load(path).Find("I517")?.Title);
    }

    [Fact]
    public void LoadErrorNamesTheFileNotItsDirectory()
    {
        var path = TempFile(".txt", stream =>
        {
            using var writer = new StreamWriter(stream);
            writer.Write(SampleLines[0] + "\n" + Line(2, "I517", '2', "Cardiomegaly") + "\n");
        });

        var error = Assert.Throws<InvalidDataException>(() => IcdCatalog.Load(path));

        Assert.StartsWith(Path.GetFileName(path) + " line 2:", error.Message);
    }

    [Theory]
    [InlineData("I517", "I51.7")]
    [InlineData("j90", "J90")]
    [InlineData("M47.814", "M47.814")]
    [InlineData("M8008XA", "M80.08XA")]
    [InlineData(" e11. 9 ", "E11.9")]
    [InlineData("E11.9\t", "E11.9")]
    public void WithDotWritesTheTabularForm(string written, string expected)
    {
        Assert.Equal(expected, IcdCatalog.WithDot(written));
    }

    [Fact]
    public void EmbeddedCatalogHoldsCardiomegaly()
    {
        Assert.Equal(new IcdCode("I51.7", "Cardiomegaly", true), IcdCatalog.Embedded.Find("I51.7"));
    }

    [Fact]
    public void EmbeddedCatalogHoldsNewerCodeWithItsFy2025Title()
    {
        Assert.Equal(new IcdCode("F32.A", "Depression, unspecified", true), IcdCatalog.Embedded.Find("f32a"));
    }

    [Fact]
    public void EmbeddedCatalogMarksCategoriesAsHeaders()
    {
        Assert.False(IcdCatalog.Embedded.IsBillable("E11"));
    }

    [Fact]
    public void EmbeddedCatalogKnowsHeadersThatGainedChildrenAfterFy2021AndFy2025()
    {
        Assert.False(IcdCatalog.Embedded.IsBillable("M54.5"));
        Assert.False(IcdCatalog.Embedded.IsBillable("G35"));
        Assert.True(IcdCatalog.Embedded.IsBillable("G35.D"));
    }

    [Fact]
    public void EmbeddedCatalogListsStageThreeCkdChildren()
    {
        var children = IcdCatalog.Embedded.Children("N18.3").Select(code => code.Code);

        Assert.Equal(["N18.30", "N18.31", "N18.32"], children);
    }

    private static void Write(Stream stream)
    {
        using var writer = new StreamWriter(stream);
        writer.Write(string.Join("\r\n", SampleLines) + "\r\n");
    }

    public void Dispose() => _tempFiles.ForEach(File.Delete);

    private string TempFile(string extension, Action<Stream> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"meddoc-order-{Guid.NewGuid():N}{extension}");
        using (var stream = File.Create(path))
        {
            write(stream);
        }
        _tempFiles.Add(path);
        return path;
    }
}
