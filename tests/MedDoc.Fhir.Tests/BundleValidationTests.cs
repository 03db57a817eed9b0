using Hl7.Fhir.Model;
using MedDoc.Fhir.Tests.Support;

namespace MedDoc.Fhir.Tests;

/// <summary>Every bundle MedDoc produces is valid FHIR R4 against the base profiles (Firely validator, no network).</summary>
public sealed class BundleValidationTests
{
    private readonly FhirBundleBuilder _builder = new();

    [Theory]
    [MemberData(nameof(SyntheticReports.All), MemberType = typeof(SyntheticReports))]
    public void BundleOfEachReportKindHasNoValidationErrors(string kind, string text)
    {
        var bundle = _builder.Build(Exports.Of(text, id: Guid.Parse("0190a7c2-0000-7000-8000-000000000001")));

        var errors = FhirValidation.Errors(bundle);

        Assert.True(errors.Count == 0, $"{kind}: {string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(SyntheticReports.All), MemberType = typeof(SyntheticReports))]
    public void BundleRoundTripsThroughFhirJson(string kind, string text)
    {
        var bundle = _builder.Build(Exports.Of(text));
        var json = FhirJson.Serialize(bundle);

        var parsed = FhirJson.Parse<Bundle>(json);

        Assert.True(parsed.IsExactly(bundle), kind);
        Assert.Equal(json, FhirJson.Serialize(parsed));
    }

    [Fact]
    public void ReviewedCodesStayValid()
    {
        var export = Exports.Of(SyntheticReports.Imaging, new Dictionary<string, CodeReviewDecision>
        {
            ["I51.7"] = CodeReviewDecision.Accepted,
            ["J90"] = CodeReviewDecision.Rejected,
        });

        var errors = FhirValidation.Errors(_builder.Build(export));

        Assert.Empty(errors);
    }
}
