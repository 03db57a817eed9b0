using MedDoc.Engine.Rules;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Sections;

/// <summary>
/// The section rules loaded once: a header matcher and, per category, whether findings there are coded
/// and their default assertion. Example: Find("indication").Coded is false. This is the engine's one header vocabulary:
/// other stages ask it for the category of a line's label (<see cref="CategoryOfLabel"/>) rather than list header words.
/// </summary>
public sealed class SectionRuleSet
{
    /// <summary>The category of text before or without any header.</summary>
    public const string BodyCategory = "body";

    private static readonly SectionRule Body = new(BodyCategory, [], "Mild cardiomegaly. → body", "engine default");
    private readonly Dictionary<string, SectionRule> _byCategory;

    /// <summary>Every rule, in file order.</summary>
    public IReadOnlyList<SectionRule> Rules { get; }

    /// <summary>First words of every header, lower case ("assessment", "a"), for a cheap check before matching.</summary>
    public IReadOnlySet<string> FirstWords => _firstWords;

    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    /// <summary>Header phrases → their rule.</summary>
    public PhraseMatcher<SectionRule> Headers { get; }

    private readonly Dictionary<string, string> _categoryByHeader = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organSystemHeaders;

    /// <summary>
    /// A rule set from <paramref name="rules"/> and the <paramref name="organSystemHeaders"/> that label lines inside an
    /// examination; throws when a category repeats or a header is claimed twice.
    /// </summary>
    public SectionRuleSet(IReadOnlyList<SectionRule> rules, IReadOnlyList<string>? organSystemHeaders = null)
    {
        Rules = rules;
        _byCategory = new Dictionary<string, SectionRule>(StringComparer.Ordinal);
        Headers = new PhraseMatcher<SectionRule>();
        foreach (var rule in rules)
        {
            if (!_byCategory.TryAdd(rule.Category, rule))
            {
                throw new InvalidDataException($"Section category '{rule.Category}' is defined more than once.");
            }
            foreach (var header in rule.Headers)
            {
                _firstWords.Add(Tokenizer.Normalize(header)[0]);
                if (!Headers.Add(header, rule) || !_categoryByHeader.TryAdd(header, rule.Category))
                {
                    throw new InvalidDataException($"Section header '{header}' is defined more than once.");
                }
            }
        }
        _organSystemHeaders = (organSystemHeaders ?? []).ToHashSet(StringComparer.Ordinal);
        var claimed = _organSystemHeaders.FirstOrDefault(_categoryByHeader.ContainsKey);
        if (claimed is not null)
        {
            throw new InvalidDataException($"Organ-system header '{claimed}' is also a section header.");
        }
        _firstWordLookup = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The rules embedded in the engine (Rules/sections.json).</summary>
    public static SectionRuleSet Embedded { get; } = FromFile(RuleResources.Read<SectionFile>("sections.json"));

    /// <summary>The category whose header is exactly <paramref name="label"/> (a line's lower-case "LABEL:"), or null: "clinical history" → "indication".</summary>
    public string? CategoryOfLabel(string? label) => label is null ? null : _categoryByHeader.GetValueOrDefault(label);

    /// <summary>True when <paramref name="label"/> is an organ-system header of an examination or review of systems ("heent", "lungs").</summary>
    public bool IsOrganSystemHeader(string? label) => label is not null && _organSystemHeaders.Contains(label);

    private static SectionRuleSet FromFile(SectionFile file) => new(file.Sections, file.OrganSystemHeaders);

    /// <summary>True when the word starting at <paramref name="position"/> (letters only) begins some header.</summary>
    public bool MayStartHeader(string text, int position)
    {
        var end = position;
        while (end < text.Length && end - position < MaxFirstWordLength && char.IsLetter(text[end]))
        {
            end++;
        }
        if (end == position || end - position >= MaxFirstWordLength)
        {
            return false;
        }
        Span<char> word = stackalloc char[end - position];
        text.AsSpan(position, end - position).ToLowerInvariant(word);
        return _firstWordLookup.Contains(word);
    }

    private const int MaxFirstWordLength = 32;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;

    /// <summary>The rule of <paramref name="category"/>; unknown categories behave like "body".</summary>
    public SectionRule Find(string category) => _byCategory.GetValueOrDefault(category) ?? Body;
}
