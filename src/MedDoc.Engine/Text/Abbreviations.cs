using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Text;

/// <summary>
/// The one list of periods that do not end a sentence (Rules/abbreviations.json), used by the one sentence split
/// (<see cref="SentenceSplitter"/>, read once per document into the <see cref="TextModel"/>):
/// "Dr. Example" (a title, never), "C. difficile colitis" and "aspirin 81 mg p.o. daily" (an initial or an
/// abbreviation followed by a lower-case word), "1.5 cm" (a decimal point is never a sentence end).
/// </summary>
public sealed class Abbreviations
{
    private readonly HashSet<string> _titles;
    private readonly HashSet<string> _abbreviations;

    private Abbreviations(AbbreviationFile file)
    {
        _titles = file.Titles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _abbreviations = file.Abbreviations.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The embedded list.</summary>
    public static Abbreviations Embedded { get; } = new(RuleResources.Read<AbbreviationFile>("abbreviations.json"));

    /// <summary>
    /// True when the period after <paramref name="word"/> (without its final period: "Dr", "e.g", "p.o", "c") does not
    /// end the sentence, given the first character of the next word (null at the end of the text).
    /// </summary>
    public bool KeepsSentenceOpen(ReadOnlySpan<char> word, char? next)
    {
        if (word.IsEmpty || next is null)
        {
            return false;
        }
        var lookup = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return true;
        }
        var continues = char.IsLower(next.Value) || char.IsDigit(next.Value);
        var isInitial = word.Length == 1 && char.IsLetter(word[0]);
        return continues && (isInitial || _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
    }
}
