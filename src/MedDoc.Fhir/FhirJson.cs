using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace MedDoc.Fhir;

/// <summary>FHIR JSON for R4 resources (the SDK's System.Text.Json converters): write a resource, read one back.</summary>
public static class FhirJson
{
    /// <summary>The media type of one FHIR JSON resource.</summary>
    public const string MediaType = "application/fhir+json";

    /// <summary>The media type of FHIR NDJSON (one resource a line, bulk-data style).</summary>
    public const string NdjsonMediaType = "application/fhir+ndjson";

    /// <summary>Compact output: one resource is one line, as NDJSON needs.</summary>
    public static JsonSerializerOptions Compact { get; } = new JsonSerializerOptions().ForFhir();

    /// <summary>Indented output for people (the CLI).</summary>
    public static JsonSerializerOptions Indented { get; } = new JsonSerializerOptions { WriteIndented = true }.ForFhir();

    /// <summary><paramref name="resource"/> as FHIR JSON.</summary>
    public static string Serialize(Resource resource, bool indented = false) =>
        JsonSerializer.Serialize(resource, indented ? Indented : Compact);

    /// <summary>Parses FHIR JSON into <typeparamref name="T"/>; invalid FHIR throws.</summary>
    public static T Parse<T>(string json)
        where T : Resource =>
        JsonSerializer.Deserialize<T>(json, Compact) ?? throw new JsonException("The JSON is null, not a FHIR resource.");
}
