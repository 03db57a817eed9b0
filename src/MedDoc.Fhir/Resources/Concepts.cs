using Hl7.Fhir.Model;

namespace MedDoc.Fhir.Resources;

/// <summary>CodeableConcepts with one coding: ("…/condition-ver-status", "provisional", "Provisional").</summary>
internal static class Concepts
{
    public static CodeableConcept Coded(string system, string code, string? display, string? text = null) =>
        new() { Coding = [new Coding(system, code, display)], Text = text };

    public static CodeableConcept Text(string text) => new() { Text = text };
}
