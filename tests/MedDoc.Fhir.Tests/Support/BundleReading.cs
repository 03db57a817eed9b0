using Hl7.Fhir.Model;

namespace MedDoc.Fhir.Tests.Support;

/// <summary>Finds resources in a bundle and follows its urn:uuid references.</summary>
internal static class BundleReading
{
    public static T[] All<T>(this Bundle bundle)
        where T : Resource =>
        bundle.Entry.Select(entry => entry.Resource).OfType<T>().ToArray();

    public static T Single<T>(this Bundle bundle)
        where T : Resource =>
        Assert.Single(bundle.All<T>());

    public static Resource Resolve(this Bundle bundle, ResourceReference reference) =>
        Assert.Single(bundle.Entry, entry => entry.FullUrl == reference.Reference).Resource!;

    public static Condition ConditionWithCode(this Bundle bundle, string code) =>
        Assert.Single(bundle.All<Condition>(), condition => condition.Code.Coding[0].Code == code);

    public static IReadOnlyList<(string Text, int Start, int End)> Evidence(this DomainResource resource) =>
        resource.Extension.Where(extension => extension.Url == MedDocExtensions.Evidence)
            .Select(extension => (
                ((FhirString)extension.GetExtension("text").Value).Value,
                ((Integer)extension.GetExtension("start").Value).Value!.Value,
                ((Integer)extension.GetExtension("end").Value).Value!.Value))
            .ToArray();
}
