using Hl7.Fhir.Model;
using MedDoc.Fhir.Tests.Support;

namespace MedDoc.Fhir.Tests;

/// <summary>MedDoc's extension definitions are valid and the validator checks bundles against them.</summary>
public sealed class ExtensionDefinitionTests
{
    [Fact]
    public void DefinitionsAreValidStructureDefinitionsForTheExtensionUrls()
    {
        var definitions = MedDocExtensions.Definitions();

        Assert.Equal([MedDocExtensions.Evidence, MedDocExtensions.Suggestion], definitions.Select(definition => definition.Url));
        Assert.All(definitions, definition => Assert.Empty(FhirValidation.Errors(definition)));
    }

    [Fact]
    public void BundleExtensionsResolveToTheirDefinitions()
    {
        var bundle = new FhirBundleBuilder().Build(Exports.Of(SyntheticReports.Lab));

        var unresolved = FhirValidation.Issues(bundle).Select(FhirValidation.Describe).Where(issue => issue.Contains("extension", StringComparison.OrdinalIgnoreCase));

        Assert.Empty(unresolved);
    }

    [Fact]
    public void EvidenceWithoutItsOffsetsIsAnError()
    {
        var bundle = new FhirBundleBuilder().Build(Exports.Of(SyntheticReports.Imaging));
        var condition = bundle.Entry.Select(entry => entry.Resource).OfType<Condition>().First();
        condition.GetExtension(MedDocExtensions.Evidence).Extension.RemoveAll(part => part.Url == "end");

        Assert.NotEmpty(FhirValidation.Errors(bundle));
    }
}
