using System.Text;
using MedDoc.Evaluation.Datasets;

namespace MedDoc.Evaluation.Tests.Datasets;

public sealed class DatasetReaderTests
{
    private const string Valid = """{"document_text": "Cardiomegaly.", "expected_type": "X-RAY", "expected_codes": ["I51.7"], "acceptable_codes": []}""";

    private static IReadOnlyList<EvalDocument> Parse(string json) => DatasetReader.Parse(Encoding.UTF8.GetBytes(json), "data.json");

    private static string ErrorOf(string json) => Assert.Throws<EvaluationInputException>(() => Parse(json)).Message;

    [Fact]
    public void ArrayOfRecordsIsRead()
    {
        var documents = Parse($"[{Valid}, {Valid.Replace("X-RAY", "ct")}]");
        Assert.Equal(2, documents.Count);
        Assert.Equal("0", documents[0].Id);
        Assert.Equal(["I51.7"], documents[0].ExpectedCodes);
        Assert.Equal("CT", documents[1].ExpectedType);
    }

    [Fact]
    public void JsonLinesAreRead()
    {
        var documents = Parse("{\"uid\": 7, \"document_text\": \"x\", \"expected_type\": \"X-RAY\", \"expected_codes\": [], \"acceptable_codes\": [\"M47\"], \"labels\": [\"normal\"]}\n\n"
            + Valid + "\n");
        Assert.Equal(2, documents.Count);
        Assert.Equal("7", documents[0].Id);
        Assert.True(documents[0].IsLabelledNormal);
        Assert.Equal(["M47"], documents[0].AcceptableCodes);
    }

    [Fact]
    public void AcceptableCodesAreOptional() =>
        Assert.Empty(Parse("""[{"document_text": "x", "expected_type": "OTHER", "expected_codes": []}]""")[0].AcceptableCodes);

    [Fact]
    public void InvalidJsonNamesTheFile() => Assert.StartsWith("data.json: invalid JSON", ErrorOf("[{\"document_text\": "));

    [Fact]
    public void InvalidJsonLineNamesRecordAndLine() =>
        Assert.Equal("data.json: record 1 (line 2): invalid JSON at byte 2", ErrorOf(Valid + "\n{,}\n"));

    [Fact]
    public void MissingFieldNamesFileIndexAndField() =>
        Assert.Equal("data.json: record 1, field 'expected_codes': missing",
            ErrorOf($"[{Valid}, {{\"document_text\": \"x\", \"expected_type\": \"CT\"}}]"));

    [Fact]
    public void WrongTypeNamesFileIndexAndField() =>
        Assert.Equal("data.json: record 0, field 'document_text': expected a string, found Number",
            ErrorOf("""[{"document_text": 5, "expected_type": "CT", "expected_codes": []}]"""));

    [Fact]
    public void NonStringCodeNamesItsPosition() =>
        Assert.Equal("data.json: record 0, field 'expected_codes'[1]: expected a string, found Number",
            ErrorOf("""[{"document_text": "x", "expected_type": "CT", "expected_codes": ["J90", 90]}]"""));

    [Fact]
    public void UnknownDocumentTypeIsRejected() =>
        Assert.Contains("field 'expected_type': 'PET' is not one of the 12 document labels",
            ErrorOf("""[{"document_text": "x", "expected_type": "PET", "expected_codes": []}]"""));

    [Fact]
    public void RecordThatIsNotAnObjectIsRejected() =>
        Assert.Equal("data.json: record 0: expected a JSON object, found String", ErrorOf("""["text"]"""));

    [Fact]
    public void EmptyFileIsRejected() => Assert.Equal("data.json: the dataset is empty", ErrorOf("  \n"));

    [Fact]
    public void MissingFileIsRejectedWithItsPath()
    {
        var error = Assert.Throws<EvaluationInputException>(() => DatasetReader.Read("/nonexistent/data.json"));
        Assert.StartsWith("/nonexistent/data.json: cannot read the dataset", error.Message);
    }

    [Fact]
    public void ReadRecordsNameAndSha256()
    {
        var directory = TestPaths.TempDirectory();
        var path = Path.Combine(directory, "tiny_v1.json");
        File.WriteAllText(path, "[" + Valid + "]");
        var dataset = DatasetReader.Read(path);
        Assert.Equal("tiny_v1", dataset.Name);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), dataset.Sha256);
    }

    [Fact]
    public void IuCxrDevSplitIsRead()
    {
        if (!File.Exists(TestPaths.IuDev))
        {
            Assert.Fail($"iu-cxr dev split not found at {TestPaths.IuDev}; set MEDDOC_IU_DEV");
        }
        var dataset = DatasetReader.Read(TestPaths.IuDev);
        Assert.Equal(1864, dataset.Documents.Count);
        Assert.All(dataset.Documents, document => Assert.Equal("X-RAY", document.ExpectedType));
        Assert.Equal(682, dataset.Documents.Count(document => document.IsLabelledNormal));
        Assert.Equal(689, dataset.Documents.Sum(document => document.ExpectedCodes.Count));
    }
}
