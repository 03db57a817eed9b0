using System.Text.RegularExpressions;

namespace MedDoc.Engine.Classification;

/// <summary>
/// A case-insensitive pattern searched from the first place its leading literal occurs: every match of
/// <c>\bhospital course\b</c> starts where "hospital course" occurs in the case-folded text, so an ordinal search of
/// <see cref="CaseFoldedText"/> finds where the pattern's first match can begin (or that it has none) and the pattern
/// runs from there. The match is the one <see cref="Regex.Match(string)"/> returns over the whole text: the pattern
/// still sees the text before that offset (word boundaries, line starts). A pattern whose alternatives each begin with
/// a literal (after an optional <c>\b</c>) starts from the earliest of them; any other pattern (no leading literal,
/// case-sensitive parts, inline options) is searched over the whole text.
/// </summary>
internal sealed class LiteralAnchoredPattern
{
    private const int MinLiteralLength = 3;
    private const string IgnoreCasePrefix = "(?i)";
    private const string NonCapturingGroup = "(?:";
    private const string WordBoundary = @"\b";

    private readonly string[]? _literals;
    private readonly Lazy<Regex> _regex;

    private LiteralAnchoredPattern(Lazy<Regex> regex, string[]? literals)
    {
        _regex = regex;
        _literals = literals;
    }

    /// <summary>The pattern itself, compiled on first use (<see cref="LazyRegex"/>).</summary>
    public Regex Regex => _regex.Value;

    /// <summary>The lower-case literals one of which starts every match; null when the pattern is searched over the whole text.</summary>
    public IReadOnlyList<string>? Literals => _literals;

    /// <summary><paramref name="pattern"/> compiled with <paramref name="options"/>, with its leading literals when it has them.</summary>
    public static LiteralAnchoredPattern Create(string pattern, RegexOptions options) =>
        new(LazyRegex.Create(pattern, options), LeadingLiterals(pattern, options));

    /// <summary>The first match in <paramref name="text"/>, whose case-folded form is <paramref name="folded"/>.</summary>
    public Match Match(string text, CaseFoldedText folded)
    {
        if (_literals is null)
        {
            return Regex.Match(text);
        }
        var start = -1;
        foreach (var literal in _literals)
        {
            var at = folded.IndexOf(literal);
            if (at >= 0 && (start < 0 || at < start))
            {
                start = at;
            }
        }
        return start < 0 ? System.Text.RegularExpressions.Match.Empty : Regex.Match(text, start);
    }

    /// <summary>
    /// The lower-case literals one of which begins every match of a wholly case-insensitive pattern (one or more for each
    /// top-level alternative, or for each alternative of a leading group: <c>\b(?:vital signs|vitals)\b</c>), or null
    /// when some alternative does not begin with a literal of at least three characters.
    /// </summary>
    internal static string[]? LeadingLiterals(string pattern, RegexOptions options)
    {
        var ignoreCase = options.HasFlag(RegexOptions.IgnoreCase);
        if (pattern.StartsWith(IgnoreCasePrefix, StringComparison.Ordinal))
        {
            ignoreCase = true;
            pattern = pattern[IgnoreCasePrefix.Length..];
        }
        if (!ignoreCase || options.HasFlag(RegexOptions.IgnorePatternWhitespace) || HasInlineConstruct(pattern))
        {
            return null;
        }
        return AlternativesLiterals(pattern)?.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static List<string>? AlternativesLiterals(string pattern)
    {
        var literals = new List<string>();
        foreach (var alternative in TopLevelAlternatives(pattern))
        {
            if (AlternativeLiterals(alternative) is not { } found)
            {
                return null;
            }
            literals.AddRange(found);
        }
        return literals;
    }

    // The literal read at the start, after an optional \b (a character a quantifier follows is not required); or, when
    // the alternative starts with a group that no quantifier follows, the literals of the group's alternatives.
    private static List<string>? AlternativeLiterals(string alternative)
    {
        var start = alternative.StartsWith(WordBoundary, StringComparison.Ordinal) ? WordBoundary.Length : 0;
        if (string.CompareOrdinal(alternative, start, NonCapturingGroup, 0, NonCapturingGroup.Length) == 0)
        {
            var group = alternative[start..];
            var close = ClosingParenthesis(group);
            return close > 0 && !IsQuantifierAt(group, close + 1) ? AlternativesLiterals(group[NonCapturingGroup.Length..close]) : null;
        }
        var end = start;
        while (end < alternative.Length && IsLiteral(alternative[end]))
        {
            end++;
        }
        if (IsQuantifierAt(alternative, end))
        {
            end--;
        }
        return end - start >= MinLiteralLength ? [string.Concat(alternative[start..end].Select(CaseFoldedText.Fold))] : null;
    }

    private static bool IsQuantifierAt(string pattern, int index) => index < pattern.Length && pattern[index] is '?' or '*' or '+' or '{';

    // "(?" opens anything but a plain non-capturing group: inline options such as (?-i:), lookarounds, named groups.
    private static bool HasInlineConstruct(string pattern)
    {
        for (var i = 0; i < pattern.Length - 1; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == '(' && pattern[i + 1] == '?' && string.CompareOrdinal(pattern, i, NonCapturingGroup, 0, NonCapturingGroup.Length) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static List<string> TopLevelAlternatives(string pattern)
    {
        var alternatives = new List<string>();
        var start = 0;
        foreach (var (index, depth) in Structure(pattern))
        {
            if (pattern[index] == '|' && depth == 0)
            {
                alternatives.Add(pattern[start..index]);
                start = index + 1;
            }
        }
        alternatives.Add(pattern[start..]);
        return alternatives;
    }

    private static int ClosingParenthesis(string pattern)
    {
        foreach (var (index, depth) in Structure(pattern))
        {
            if (pattern[index] == ')' && depth == 0)
            {
                return index;
            }
        }
        return -1;
    }

    // The parentheses and bars that structure the pattern (not escaped, not in a character class), each with the group
    // depth after it: "(?:a|b)|c" → ( 1, | 1, ) 0, | 0.
    private static IEnumerable<(int Index, int Depth)> Structure(string pattern)
    {
        var depth = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '(' when !inClass:
                    yield return (i, ++depth);
                    break;
                case ')' when !inClass:
                    yield return (i, --depth);
                    break;
                case '|' when !inClass:
                    yield return (i, depth);
                    break;
            }
        }
    }

    private static bool IsLiteral(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or '&' or '/' or ':' or '-';
}
