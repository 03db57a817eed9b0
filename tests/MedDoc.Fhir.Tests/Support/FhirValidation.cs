using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace MedDoc.Fhir.Tests.Support;

/// <summary>
/// The Firely validator against the base R4 profiles and their value sets (the specification.zip of
/// Hl7.Fhir.Specification.Data.R4; no network) plus MedDoc's own extension definitions, so the extensions'
/// content is validated too. Built once: loading the specification takes seconds.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> LazyValidator = new(Create);
    private static readonly Lock Gate = new();

    /// <summary>
    /// The issues of <paramref name="resource"/> that are errors or fatal, as "severity code: text @ path" lines. The
    /// resource is validated as a client receives it: written as FHIR JSON and parsed back.
    /// </summary>
    public static IReadOnlyList<string> Errors(Resource resource) =>
        Issues(FhirJson.Parse<Resource>(FhirJson.Serialize(resource)))
            .Where(issue => issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(Describe)
            .ToArray();

    /// <summary>Every issue the validator reports on <paramref name="resource"/>.</summary>
    public static IReadOnlyList<OperationOutcome.IssueComponent> Issues(Resource resource)
    {
        // The validator's caches are not documented as thread-safe; xUnit runs test classes in parallel.
        lock (Gate)
        {
            return LazyValidator.Value.Validate(resource).Issue;
        }
    }

    public static string Describe(OperationOutcome.IssueComponent issue) =>
        $"{issue.Severity} {issue.Code}: {issue.Details?.Text ?? issue.Diagnostics} @ {string.Join(",", issue.Expression)}";

    private static Validator Create()
    {
        var specification = ZipSource.CreateValidationSource();
        var source = new CachedResolver(new MultiResolver(
            new SnapshotSource(new MultiResolver(new InMemoryResourceResolver(MedDocExtensions.Definitions()), specification)),
            specification));
        var terminology = new LocalTerminologyService(specification);
        return new Validator(source, terminology);
    }
}
