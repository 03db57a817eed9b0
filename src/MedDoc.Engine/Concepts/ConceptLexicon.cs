using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Concepts;

/// <summary>All concept and combination rules shipped with the engine, loaded once.</summary>
public sealed class ConceptLexicon
{
    /// <summary>Every concept from every Rules/concepts/*.json file.</summary>
    public IReadOnlyList<ConceptRule> Concepts { get; }

    /// <summary>Every rule from Rules/combinations.json.</summary>
    public IReadOnlyList<CombinationRule> Combinations { get; }

    private ConceptLexicon(IReadOnlyList<ConceptRule> concepts, IReadOnlyList<CombinationRule> combinations)
    {
        Concepts = concepts;
        Combinations = combinations;
    }

    private static readonly Lazy<ConceptLexicon> LazyEmbedded = new(LoadEmbedded);

    /// <summary>The embedded lexicon, read once per process and shared (it is immutable).</summary>
    public static ConceptLexicon Embedded => LazyEmbedded.Value;

    /// <summary>Loads the embedded lexicon; throws when two concepts share an id.</summary>
    public static ConceptLexicon LoadEmbedded()
    {
        var concepts = RuleResources.List("concepts", ".json")
            .SelectMany(path => RuleResources.Read<ConceptFile>(path).Concepts)
            .ToArray();
        var combinations = RuleResources.Exists("combinations.json")
            ? RuleResources.Read<CombinationFile>("combinations.json").Combinations
            : [];
        return Create(concepts, combinations);
    }

    /// <summary>
    /// A lexicon of the given rules (tests, tools); throws when two concepts share an id.
    /// Example: Create([pleuralEffusion], []) codes only "pleural effusion".
    /// </summary>
    public static ConceptLexicon Create(IReadOnlyList<ConceptRule> concepts, IReadOnlyList<CombinationRule> combinations)
    {
        var duplicate = concepts.GroupBy(concept => concept.Id).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Concept id '{duplicate.Key}' is defined more than once.");
        }
        return new ConceptLexicon(concepts, combinations);
    }
}
