using System.Text.Json;
using MedDoc.Engine;

namespace MedDoc.Fhir.Terminology;

/// <summary>
/// Terminology/terminology.json made searchable: hemoglobin in "g/dL" → LOINC 718-7; "10^3/uL" → UCUM "10*3/uL";
/// "X-RAY" → 18748-4 and service section RAD.
/// </summary>
public sealed class FhirTerminology
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<(string Analyte, string Unit), AnalyteLoinc> _byAnalyteAndUnit = new();
    private readonly Dictionary<string, string> _ucumByCanonical = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentTypeLoinc> _byLabel = new(StringComparer.Ordinal);
    private readonly HashSet<string> _problemListSections;

    /// <summary>Indexes <paramref name="file"/>; a duplicate analyte and unit pair is an error.</summary>
    public FhirTerminology(TerminologyFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
        foreach (var unit in file.Units)
        {
            _ucumByCanonical.Add(unit.Canonical, unit.Ucum);
        }
        foreach (var entry in file.Analytes)
        {
            foreach (var unit in entry.Units)
            {
                if (!_byAnalyteAndUnit.TryAdd((entry.Analyte, unit), entry))
                {
                    throw new InvalidDataException($"terminology.json lists {entry.Analyte} in {unit} twice.");
                }
            }
        }
        foreach (var type in file.DocumentTypes)
        {
            _byLabel.Add(type.Label, type);
        }
        _problemListSections = file.ProblemListSections.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The table embedded in this assembly.</summary>
    public static FhirTerminology Embedded { get; } = new(ReadEmbedded());

    /// <summary>The table as read.</summary>
    public TerminologyFile File { get; }

    /// <summary>
    /// The LOINC code of <paramref name="analyte"/> measured in <paramref name="canonicalUnit"/>; with no unit printed,
    /// the code shared by all its units (hematocrit's only unit is "%"), else null.
    /// </summary>
    public AnalyteLoinc? LoincFor(string analyte, string? canonicalUnit)
    {
        if (canonicalUnit is not null)
        {
            return _byAnalyteAndUnit.GetValueOrDefault((analyte, canonicalUnit));
        }
        var candidates = File.Analytes.Where(entry => entry.Analyte == analyte).ToArray();
        return candidates.Length == 1 ? candidates[0] : null;
    }

    /// <summary>The UCUM code of an engine canonical unit, or null.</summary>
    public string? UcumFor(string canonicalUnit) => _ucumByCanonical.GetValueOrDefault(canonicalUnit);

    /// <summary>The LOINC document code and service section of <paramref name="type"/>.</summary>
    public DocumentTypeLoinc For(DocumentType type) =>
        _byLabel.TryGetValue(type.ToLabel(), out var entry)
            ? entry
            : throw new InvalidDataException($"terminology.json has no entry for {type.ToLabel()}.");

    /// <summary>True when a code found in <paramref name="sectionCategory"/> is a problem-list item.</summary>
    public bool IsProblemListSection(string sectionCategory) => _problemListSections.Contains(sectionCategory);

    private static TerminologyFile ReadEmbedded()
    {
        using var stream = typeof(FhirTerminology).Assembly.GetManifestResourceStream("MedDoc.Fhir.Terminology.terminology.json")
            ?? throw new InvalidDataException("Terminology/terminology.json is not embedded in MedDoc.Fhir.");
        return JsonSerializer.Deserialize<TerminologyFile>(stream, JsonOptions)
            ?? throw new InvalidDataException("Terminology/terminology.json is empty.");
    }
}
