using Hl7.Fhir.Model;

namespace MedDoc.Fhir;

/// <summary>
/// The extensions MedDoc defines (docs/fhir.md describes them; their StructureDefinitions are in Profiles/). Offsets count Unicode code points of the text
/// MedDoc analysed (for a PDF, its extracted text), as the HTTP API's own offsets do: <c>text[start:end] == text</c>.
/// </summary>
public static class MedDocExtensions
{
    /// <summary>
    /// Complex extension on Condition and Observation, one per verbatim piece of evidence: sub-extensions
    /// <c>text</c> (valueString), <c>start</c> and <c>end</c> (valueInteger, code points, end exclusive).
    /// </summary>
    public const string Evidence = "urn:meddoc:fhir:extension:evidence";

    /// <summary>
    /// Complex extension on Condition: why MedDoc suggested the code. Sub-extensions <c>basis</c>
    /// (valueCode documented | lab_value) and <c>confidence</c> (valueDecimal, 0 to 1).
    /// </summary>
    public const string Suggestion = "urn:meddoc:fhir:extension:suggestion";

    /// <summary>The StructureDefinitions of <see cref="Evidence"/> and <see cref="Suggestion"/> (differential only).</summary>
    public static IReadOnlyList<StructureDefinition> Definitions() =>
        new[] { "evidence", "suggestion" }.Select(name =>
        {
            using var stream = typeof(MedDocExtensions).Assembly.GetManifestResourceStream($"MedDoc.Fhir.Profiles.{name}.StructureDefinition.json")
                ?? throw new InvalidDataException($"Profiles/{name}.StructureDefinition.json is not embedded in MedDoc.Fhir.");
            using var reader = new StreamReader(stream);
            return FhirJson.Parse<StructureDefinition>(reader.ReadToEnd());
        }).ToArray();
}
