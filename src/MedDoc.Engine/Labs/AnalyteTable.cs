using System.Text;
using System.Text.RegularExpressions;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Labs;

/// <summary>
/// Rules/analytes.json made searchable: alias and symbol matching, unit normalisation, vocabularies.
/// Example: "Hgb 9.2" → hemoglobin at [0, 3); "×10³/µL" → "10^3/uL".
/// </summary>
internal sealed class AnalyteTable
{
    private readonly Regex _aliasPattern;
    private readonly Regex _symbolPattern;
    private readonly Dictionary<string, AnalyteRule> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AnalyteRule> _bySymbol = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unitsByNormalForm = new(StringComparer.Ordinal);

    public AnalyteTable(AnalyteFile file)
    {
        Analytes = file.Analytes;
        ById = file.Analytes.ToDictionary(analyte => analyte.Id, StringComparer.Ordinal);
        Connectors = file.Connectors.ToHashSet(StringComparer.OrdinalIgnoreCase);
        NonLabUnits = file.NonLabUnits.ToHashSet(StringComparer.OrdinalIgnoreCase);
        NameExclusions = file.NameExclusions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in file.Units)
        {
            _unitsByNormalForm[NormalizeUnit(unit.Canonical)] = unit.Canonical;
            foreach (var variant in unit.Variants)
            {
                _unitsByNormalForm[NormalizeUnit(variant)] = unit.Canonical;
            }
        }
        foreach (var analyte in file.Analytes)
        {
            foreach (var alias in analyte.Aliases)
            {
                _byAlias[CollapseSpaces(alias)] = analyte;
            }
            foreach (var symbol in analyte.Symbols)
            {
                _bySymbol[symbol] = analyte;
            }
        }
        _aliasPattern = BuildPattern(_byAlias.Keys, RegexOptions.IgnoreCase);
        _symbolPattern = BuildPattern(_bySymbol.Keys, RegexOptions.None);
    }

    /// <summary>The table built from the embedded Rules/analytes.json.</summary>
    public static AnalyteTable Embedded { get; } = new(RuleResources.Read<AnalyteFile>("analytes.json"));

    public IReadOnlyList<AnalyteRule> Analytes { get; }

    public IReadOnlyDictionary<string, AnalyteRule> ById { get; }

    public IReadOnlySet<string> Connectors { get; }

    public IReadOnlySet<string> NonLabUnits { get; }

    public IReadOnlySet<string> NameExclusions { get; }

    /// <summary>Analyte names in <c>text[start..end)</c>, left to right, longest first where two overlap.</summary>
    public List<AliasMatch> FindAliases(string text, int start, int end)
    {
        var found = new List<AliasMatch>();
        Collect(_aliasPattern, _byAlias, text, start, end, found);
        Collect(_symbolPattern, _bySymbol, text, start, end, found);
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<AliasMatch>(found.Count);
        foreach (var match in found)
        {
            if (kept.Count == 0 || match.Start >= kept[^1].End)
            {
                kept.Add(match);
            }
        }
        return kept;
    }

    /// <summary>The canonical unit for a printed unit ("K/uL" → "10^3/uL"), or null when it is not a lab unit.</summary>
    public string? CanonicalUnit(string printed) =>
        _unitsByNormalForm.GetValueOrDefault(NormalizeUnit(printed));

    /// <summary>Folds unit spellings together: case, µ/μ, ×, superscripts, spaces, "*" and "E" exponents, mm3 = uL.</summary>
    public static string NormalizeUnit(string unit)
    {
        var builder = new StringBuilder(unit.Length);
        foreach (var c in unit)
        {
            switch (c)
            {
                case ' ' or '\t':
                    break;
                case 'µ' or 'μ':
                    builder.Append('u');
                    break;
                case '×':
                    builder.Append('x');
                    break;
                case '³':
                    builder.Append("^3");
                    break;
                case '⁶':
                    builder.Append("^6");
                    break;
                case '⁹':
                    builder.Append("^9");
                    break;
                case '²':
                    builder.Append('2');
                    break;
                case '*':
                    builder.Append('^');
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }
        var folded = builder.ToString()
            .Replace("10^^", "10^", StringComparison.Ordinal)
            .Replace("10e", "10^", StringComparison.Ordinal)
            .Replace("10(3)", "10^3", StringComparison.Ordinal)
            .Replace("10(6)", "10^6", StringComparison.Ordinal)
            .Replace("mm^3", "ul", StringComparison.Ordinal)
            .Replace("mm3", "ul", StringComparison.Ordinal);
        return folded.StartsWith("x10", StringComparison.Ordinal) ? folded[1..] : folded;
    }

    private static void Collect(Regex pattern, Dictionary<string, AnalyteRule> lookup, string text, int start, int end, List<AliasMatch> found)
    {
        if (lookup.Count == 0)
        {
            return;
        }
        for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            if (lookup.TryGetValue(CollapseSpaces(match.Value), out var analyte))
            {
                found.Add(new AliasMatch(match.Index, match.Index + match.Length, analyte));
            }
        }
    }

    private static Regex BuildPattern(IEnumerable<string> names, RegexOptions options)
    {
        var alternatives = names
            .OrderByDescending(name => name.Length)
            .ThenBy(name => name, StringComparer.Ordinal)
            .Select(name => Regex.Escape(name).Replace("\\ ", "[ \\t]+", StringComparison.Ordinal));
        // Non-backtracking: matching stays linear in the line's length whatever the input.
        var pattern = $"\\b(?:{string.Join('|', alternatives)})\\b";
        return new Regex(pattern, options | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    private static string CollapseSpaces(string value)
    {
        if (!value.Contains(' ', StringComparison.Ordinal) && !value.Contains('\t', StringComparison.Ordinal))
        {
            return value;
        }
        return string.Join(' ', value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
