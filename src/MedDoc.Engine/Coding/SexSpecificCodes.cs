using MedDoc.Engine.Rules;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Leaves out the codes reserved for the other sex than the one a report gives its patient (Rules/sex_specific_codes.json,
/// after the Medicare Code Editor's sex edits). The sex is the noun right after the report's first stated age, at most two
/// words on ("A 52-year-old man", "a 38-year-old Caucasian woman"); a report without one keeps all its codes.
/// Example: "A 52-year-old man with a history of hysterectomy." → Z90.710 is not suggested. Immutable and thread-safe.
/// </summary>
public sealed class SexSpecificCodes
{
    /// <summary>Name of the rule file under Rules/.</summary>
    public const string RulesFileName = "sex_specific_codes.json";

    // "A 35-year-old white Caucasian woman": the noun may follow the age after two describing words.
    private const int WordsBeforeNoun = 3;

    private readonly HashSet<string> _femaleWords;
    private readonly HashSet<string> _maleWords;
    private readonly CodeRange[] _femaleOnly;
    private readonly CodeRange[] _maleOnly;

    /// <summary>The words and ranges of <paramref name="file"/>.</summary>
    public SexSpecificCodes(SexSpecificCodeFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _femaleWords = new HashSet<string>(file.FemaleWords, StringComparer.OrdinalIgnoreCase);
        _maleWords = new HashSet<string>(file.MaleWords, StringComparer.OrdinalIgnoreCase);
        _femaleOnly = file.FemaleOnly.Select(CodeRange.Parse).ToArray();
        _maleOnly = file.MaleOnly.Select(CodeRange.Parse).ToArray();
    }

    /// <summary>The rules of the embedded file.</summary>
    public static SexSpecificCodes Embedded { get; } = new(RuleResources.Read<SexSpecificCodeFile>(RulesFileName));

    /// <summary><paramref name="codes"/> without those reserved for the sex other than the one <paramref name="tokens"/> state.</summary>
    public IReadOnlyList<CodeSuggestion> Refine(IReadOnlyList<CodeSuggestion> codes, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var otherSexOnly = StatedSexIsFemale(tokens) switch
        {
            true => _maleOnly,
            false => _femaleOnly,
            null => null,
        };
        return otherSexOnly is null ? codes : codes.Where(code => !otherSexOnly.Any(range => range.Contains(code.Code))).ToList();
    }

    /// <summary>True for a female patient, false for a male one, null when the words after the first stated age name neither.</summary>
    public bool? StatedSexIsFemale(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || AgeWordsEnd(tokens, i + 1) is not { } after)
            {
                continue;
            }
            for (var j = after; j < tokens.Count && j < after + WordsBeforeNoun; j++)
            {
                if (_femaleWords.Contains(tokens[j].Value))
                {
                    return true;
                }
                if (_maleWords.Contains(tokens[j].Value))
                {
                    return false;
                }
            }
            return null;
        }
        return null;
    }

    // The token after "-year-old", "year-old", "years old" or "year old" starting at from, or null.
    private static int? AgeWordsEnd(IReadOnlyList<Token> tokens, int from)
    {
        var i = from < tokens.Count && tokens[from].Value == "-" ? from + 1 : from;
        if (i >= tokens.Count || tokens[i].Value is not ("year" or "years"))
        {
            return null;
        }
        i++;
        if (i < tokens.Count && tokens[i].Value == "-")
        {
            i++;
        }
        return i < tokens.Count && tokens[i].Value == "old" ? i + 1 : null;
    }
}
