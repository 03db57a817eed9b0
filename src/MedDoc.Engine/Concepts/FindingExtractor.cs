namespace MedDoc.Engine.Concepts;

/// <summary>
/// Finds lexicon concepts in the text and decides each one's assertion.
/// Example: "No pneumothorax. Mild cardiomegaly." → pneumothorax negated, cardiomegaly present.
/// </summary>
public sealed class FindingExtractor(ConceptLexicon lexicon)
{
    /// <summary>The lexicon this extractor matches against.</summary>
    public ConceptLexicon Lexicon { get; } = lexicon;

    /// <summary>Every concept mention in <paramref name="text"/> with its assertion and section.</summary>
    public IReadOnlyList<Finding> Extract(string text, IReadOnlyList<Section> sections) => [];
}
