using System.Globalization;
using Hl7.Fhir.Model;
using MedDoc.Engine;
using MedDoc.Engine.Labs;

namespace MedDoc.Fhir.Resources;

/// <summary>
/// One lab value as a laboratory Observation: "Hemoglobin 9.2 g/dL (13.5-17.5) L" → LOINC 718-7, valueQuantity 9.2
/// g/dL (UCUM), referenceRange 13.5–17.5 g/dL, interpretation L, the line as evidence, derived from the original.
/// A unit that was not printed is not invented: the quantity then has a value only.
/// </summary>
internal static class ObservationMapper
{
    private static readonly Dictionary<LabFlag, (string Code, string Display)> Interpretations = new()
    {
        [LabFlag.Normal] = ("N", "Normal"),
        [LabFlag.Low] = ("L", "Low"),
        [LabFlag.High] = ("H", "High"),
        [LabFlag.CriticalLow] = ("LL", "Critical low"),
        [LabFlag.CriticalHigh] = ("HH", "Critical high"),
        [LabFlag.Abnormal] = ("A", "Abnormal"),
    };

    public static Observation Create(ExportContext context, string id, LabResult lab)
    {
        var canonicalUnit = lab.Unit is null ? null : LabVocabulary.CanonicalUnit(lab.Unit);
        var loinc = context.Terminology.LoincFor(lab.Analyte, canonicalUnit);
        var ucum = canonicalUnit is null ? null : context.Terminology.UcumFor(canonicalUnit);
        var observation = new Observation
        {
            Id = id,
            Status = ObservationStatus.Final,
            Code = loinc is null
                ? Concepts.Text(lab.Name)
                : Concepts.Coded(FhirSystems.Loinc, loinc.Loinc, loinc.Display, lab.Name),
            Subject = context.Patient,
            Value = Quantity(ValueOf(lab), lab.Unit, ucum),
        };
        observation.Category.Add(Concepts.Coded(FhirSystems.ObservationCategory, "laboratory", "Laboratory"));
        var (code, display) = Interpretations[lab.Flag];
        observation.Interpretation.Add(Concepts.Coded(FhirSystems.ObservationInterpretation, code, display));
        if (lab.ReferenceRange is { } range)
        {
            observation.ReferenceRange.Add(new Observation.ReferenceRangeComponent
            {
                Low = range.Low is { } low ? Quantity((decimal)low, lab.Unit, ucum) : null,
                High = range.High is { } high ? Quantity((decimal)high, lab.Unit, ucum) : null,
                Text = lab.RangeIsDefault ? $"{range.Text} (MedDoc adult default; no range printed)" : range.Text,
            });
        }
        observation.DerivedFrom.Add(context.DocumentReference);
        observation.Extension.Add(EvidenceExtension.Create(lab.Span, context.Offsets));
        return observation;
    }

    /// <summary>The value as printed ("9.20" keeps its precision), else the parsed number.</summary>
    private static decimal ValueOf(LabResult lab) =>
        decimal.TryParse(lab.ValueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var printed) ? printed : (decimal)lab.Value;

    private static Quantity Quantity(decimal value, string? printedUnit, string? ucum) =>
        ucum is null
            ? new Quantity { Value = value, Unit = printedUnit }
            : new Quantity { Value = value, Unit = printedUnit, System = FhirSystems.Ucum, Code = ucum };
}
