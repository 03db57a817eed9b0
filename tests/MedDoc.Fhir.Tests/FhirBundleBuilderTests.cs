using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using MedDoc.Fhir.Tests.Support;

namespace MedDoc.Fhir.Tests;

public sealed class FhirBundleBuilderTests
{
    private readonly FhirBundleBuilder _builder = new();

    [Fact]
    public void LabValueBecomesObservationWithLoincUcumRangeAndInterpretation()
    {
        var bundle = _builder.Build(Exports.Of(SyntheticReports.Lab));

        var hemoglobin = Assert.Single(bundle.All<Observation>(), observation => observation.Code.Coding.FirstOrDefault()?.Code == "718-7");
        Assert.Equal(FhirSystems.Loinc, hemoglobin.Code.Coding[0].System);
        Assert.Equal("Hemoglobin", hemoglobin.Code.Text);
        var value = Assert.IsType<Quantity>(hemoglobin.Value);
        Assert.Equal((9.2m, "g/dL", FhirSystems.Ucum, "g/dL"), (value.Value, value.Unit, value.System, value.Code));
        var range = Assert.Single(hemoglobin.ReferenceRange);
        Assert.Equal((13.5m, 17.5m, "13.5-17.5"), (range.Low.Value, range.High.Value, range.Text));
        var interpretation = Assert.Single(hemoglobin.Interpretation).Coding[0];
        Assert.Equal((FhirSystems.ObservationInterpretation, "L"), (interpretation.System, interpretation.Code));
        Assert.Equal(ObservationStatus.Final, hemoglobin.Status);
        Assert.Equal("laboratory", Assert.Single(hemoglobin.Category).Coding[0].Code);
    }

    [Fact]
    public void EveryLabValueBecomesOneObservation()
    {
        var export = Exports.Of(SyntheticReports.Lab);

        var bundle = _builder.Build(export);

        Assert.Equal(export.Analysis.LabResults.Count, bundle.All<Observation>().Length);
        var wbc = Assert.Single(bundle.All<Observation>(), observation => observation.Code.Coding[0].Code == "6690-2");
        Assert.Equal("10*3/uL", ((Quantity)wbc.Value).Code);
        Assert.Equal("K/uL", ((Quantity)wbc.Value).Unit);
        Assert.Equal("H", wbc.Interpretation[0].Coding[0].Code);
    }

    [Fact]
    public void ObservationEvidenceIsTheVerbatimResultLine()
    {
        var export = Exports.Of(SyntheticReports.Lab);

        var hemoglobin = _builder.Build(export).All<Observation>().Single(observation => observation.Code.Coding[0].Code == "718-7");

        var (text, start, end) = Assert.Single(hemoglobin.Evidence());
        Assert.Equal("Hemoglobin 9.2 g/dL (13.5-17.5) L", text);
        Assert.Equal(text, export.Text[start..end]);
    }

    [Fact]
    public void UnprintedUnitIsNotInvented()
    {
        var bundle = _builder.Build(Exports.Of("Labs: Hemoglobin 9.2 (L)"));

        var value = Assert.IsType<Quantity>(bundle.Single<Observation>().Value);

        Assert.Equal(9.2m, value.Value);
        Assert.Null(value.Unit);
        Assert.Null(value.Code);
    }

    [Fact]
    public void SuggestedCodeBecomesProvisionalActiveConditionWithIcd10CmCode()
    {
        var bundle = _builder.Build(Exports.Of(SyntheticReports.Imaging));

        var effusion = bundle.ConditionWithCode("J90");

        Assert.Equal(FhirSystems.Icd10Cm, effusion.Code.Coding[0].System);
        Assert.Equal("Pleural effusion, not elsewhere classified", effusion.Code.Coding[0].Display);
        Assert.Equal("provisional", effusion.VerificationStatus.Coding[0].Code);
        Assert.Equal("active", effusion.ClinicalStatus.Coding[0].Code);
        Assert.Equal("encounter-diagnosis", Assert.Single(effusion.Category).Coding[0].Code);
        Assert.IsType<Patient>(bundle.Resolve(effusion.Subject));
    }

    [Fact]
    public void NegatedFindingIsNotACondition()
    {
        var export = Exports.Of(SyntheticReports.Imaging);
        Assert.Contains(export.Analysis.Findings, finding => finding.ConceptId == "pneumothorax" && finding.Assertion == Engine.Assertion.Negated);

        var bundle = _builder.Build(export);

        Assert.DoesNotContain(bundle.All<Condition>(), condition => condition.Code.Coding[0].Code.StartsWith("J93", StringComparison.Ordinal));
        Assert.Equal(["I51.7", "J90"], bundle.All<Condition>().Select(condition => condition.Code.Coding[0].Code).Order());
    }

    [Fact]
    public void ConditionEvidenceCarriesEverySpanWithOffsetsIntoTheText()
    {
        var export = Exports.Of(SyntheticReports.Imaging);

        var cardiomegaly = _builder.Build(export).ConditionWithCode("I51.7");

        var evidence = cardiomegaly.Evidence();
        Assert.Equal(["heart is enlarged", "Cardiomegaly"], evidence.Select(piece => piece.Text));
        Assert.All(evidence, piece => Assert.Equal(piece.Text, export.Text[piece.Start..piece.End]));
    }

    [Fact]
    public void EvidenceOffsetsCountCodePointsAfterCharactersOutsideTheBmp()
    {
        const string text = "Note 😀: Cardiomegaly.";
        var export = Exports.Of(text);

        var (evidence, start, end) = Assert.Single(_builder.Build(export).ConditionWithCode("I51.7").Evidence());

        Assert.Equal("Cardiomegaly", evidence);
        Assert.Equal((8, 20), (start, end));
        Assert.Equal(evidence, string.Concat(text.EnumerateRunes().Skip(start).Take(end - start)));
    }

    [Fact]
    public void AcceptedCodeIsConfirmedAndRejectedCodeIsRefutedWithoutClinicalStatus()
    {
        var export = Exports.Of(SyntheticReports.Imaging, new Dictionary<string, CodeReviewDecision>
        {
            ["I51.7"] = CodeReviewDecision.Accepted,
            ["J90"] = CodeReviewDecision.Rejected,
        });

        var bundle = _builder.Build(export);

        Assert.Equal("confirmed", bundle.ConditionWithCode("I51.7").VerificationStatus.Coding[0].Code);
        var rejected = bundle.ConditionWithCode("J90");
        Assert.Equal("refuted", rejected.VerificationStatus.Coding[0].Code);
        Assert.Null(rejected.ClinicalStatus);
        Assert.Equal(["I51.7"], bundle.Single<DiagnosticReport>().ConclusionCode.Select(code => code.Coding[0].Code));
    }

    [Fact]
    public void LabValueCodePointsAtItsObservationAndNeedsConfirmation()
    {
        var bundle = _builder.Build(Exports.Of(SyntheticReports.Lab));

        var anemia = bundle.ConditionWithCode("D64.9");

        var details = Assert.Single(anemia.Evidence).Detail.Select(bundle.Resolve).ToArray();
        Assert.IsType<DocumentReference>(details[0]);
        var observation = Assert.IsType<Observation>(Assert.Single(details.Skip(1)));
        Assert.Equal("718-7", observation.Code.Coding[0].Code);
        Assert.Contains("clinician confirmation", Assert.Single(anemia.Note).Text, StringComparison.Ordinal);
        var suggestion = anemia.GetExtension(MedDocExtensions.Suggestion);
        Assert.Equal("lab_value", ((Code)suggestion.GetExtension("basis").Value).Value);
    }

    [Fact]
    public void CodeDocumentedInPastMedicalHistoryIsProblemListItem()
    {
        var bundle = _builder.Build(Exports.Of(SyntheticReports.Discharge));

        Assert.Equal("problem-list-item", bundle.ConditionWithCode("E11.9").Category[0].Coding[0].Code);
        Assert.Equal("encounter-diagnosis", bundle.ConditionWithCode("E87.1").Category[0].Coding[0].Code);
    }

    [Fact]
    public void DocumentReferenceDescribesTheOriginalWithoutItsBytes()
    {
        var id = Guid.Parse("0190a7c2-0000-7000-8000-000000000002");
        var export = Exports.Of(SyntheticReports.Imaging, id: id);
        var bytes = Encoding.UTF8.GetBytes(SyntheticReports.Imaging);

        var reference = _builder.Build(export).Single<DocumentReference>();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), reference.MasterIdentifier.Value);
        Assert.Equal(id.ToString(), Assert.Single(reference.Identifier).Value);
        Assert.Equal("18748-4", reference.Type.Coding[0].Code);
        Assert.Equal(Exports.Created, reference.Date);
        var attachment = Assert.Single(reference.Content).Attachment;
        Assert.Equal(("text/plain", bytes.Length, "report.txt"), (attachment.ContentType, attachment.SizeUnsignedInt, attachment.Title));
        Assert.Equal(SHA1.HashData(bytes), attachment.Hash);
        Assert.Equal($"http://127.0.0.1:8000/api/documents/{id}/content", attachment.Url);
        Assert.Null(attachment.Data);
    }

    [Fact]
    public void AttachmentSizeIsWrittenAsAJsonNumber()
    {
        var json = FhirJson.Serialize(_builder.Build(Exports.Of(SyntheticReports.Lab)));

        using var document = JsonDocument.Parse(json);
        var size = document.RootElement.GetProperty("entry").EnumerateArray()
            .Select(entry => entry.GetProperty("resource"))
            .Single(resource => resource.GetProperty("resourceType").GetString() == "DocumentReference")
            .GetProperty("content")[0].GetProperty("attachment").GetProperty("size");

        Assert.Equal(JsonValueKind.Number, size.ValueKind);
    }

    [Fact]
    public void LabReportGetsADiagnosticReportLinkingItsObservationsAndSummary()
    {
        var export = Exports.Of(SyntheticReports.Lab);

        var bundle = _builder.Build(export);

        var report = bundle.Single<DiagnosticReport>();
        Assert.Equal("LAB", Assert.Single(report.Category).Coding[0].Code);
        Assert.Equal("58410-2", report.Code.Coding[0].Code);
        Assert.Equal(bundle.All<Observation>().Length, report.Result.Count);
        Assert.All(report.Result, result => Assert.IsType<Observation>(bundle.Resolve(result)));
        Assert.Equal(export.Analysis.Summary.Text, report.Conclusion);
        Assert.Same(report, bundle.Resolve(Assert.Single(bundle.Single<DocumentReference>().Context.Related)));
    }

    [Theory]
    [InlineData("imaging", "RAD")]
    [InlineData("pathology", "PAT")]
    public void ImagingAndPathologyReportsGetADiagnosticReport(string kind, string section)
    {
        var text = kind == "imaging" ? SyntheticReports.Imaging : SyntheticReports.Pathology;

        var report = _builder.Build(Exports.Of(text)).Single<DiagnosticReport>();

        Assert.Equal(section, report.Category[0].Coding[0].Code);
        Assert.False(string.IsNullOrWhiteSpace(report.Conclusion));
    }

    [Fact]
    public void DischargeSummaryIsNotADiagnosticReport()
    {
        var bundle = _builder.Build(Exports.Of(SyntheticReports.Discharge));

        Assert.Empty(bundle.All<DiagnosticReport>());
        Assert.Equal("18842-5", bundle.Single<DocumentReference>().Type.Coding[0].Code);
    }

    [Fact]
    public void EveryReferenceResolvesInsideTheBundle()
    {
        var bundle = _builder.Build(Exports.Of(SyntheticReports.Lab));

        using var json = JsonDocument.Parse(FhirJson.Serialize(bundle));
        var references = ReferencesIn(json.RootElement).ToArray();

        Assert.True(references.Length > 10);
        Assert.All(references, reference => bundle.Resolve(new ResourceReference(reference)));
    }

    [Fact]
    public void SameExportGivesTheSameBundle()
    {
        var first = FhirJson.Serialize(_builder.Build(Exports.Of(SyntheticReports.Discharge)));

        var second = FhirJson.Serialize(_builder.Build(Exports.Of(SyntheticReports.Discharge)));

        Assert.Equal(first, second);
    }

    [Fact]
    public void DifferentDocumentsGetDifferentResourceIds()
    {
        var first = _builder.Build(Exports.Of(SyntheticReports.Lab, id: Guid.NewGuid()));
        var second = _builder.Build(Exports.Of(SyntheticReports.Lab, id: Guid.NewGuid()));

        Assert.Empty(first.Entry.Select(entry => entry.FullUrl).Intersect(second.Entry.Select(entry => entry.FullUrl)));
    }

    [Fact]
    public void EmptyAnalysisStillDescribesTheDocument()
    {
        var bundle = _builder.Build(Exports.Of("Thank you for the referral.", Engine.AnalysisResult.Empty));

        Assert.Equal(["Patient", "DocumentReference"], bundle.Entry.Select(entry => entry.Resource!.TypeName));
        Assert.Empty(FhirValidation.Errors(bundle));
    }

    private static IEnumerable<string> ReferencesIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(property =>
            property.Name == "reference" && property.Value.ValueKind == JsonValueKind.String ? [property.Value.GetString()!] : ReferencesIn(property.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(ReferencesIn),
        _ => [],
    };
}
