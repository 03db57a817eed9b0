using System.Text;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Labs;

/// <summary>
/// Rules/analytes.json made searchable: alias and symbol matching, unit normalisation, vocabularies.
/// Example: "Hgb 9.2" → hemoglobin at [0, 3); "×10³/µL" → "10^3/uL".
/// </summary>
internal sealed class AnalyteTable
{
    private readonly Dictionary<string, AliasEntry[]> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AliasEntry[]>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;
    private readonly Dictionary<string, string> _unitsByNormalForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unitsAsWritten = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _fluidWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bloodWords;

    public AnalyteTable(AnalyteFile file)
    {
        Analytes = file.Analytes;
        ById = file.Analytes.ToDictionary(analyte => analyte.Id, StringComparer.Ordinal);
        Connectors = file.Connectors.ToHashSet(StringComparer.OrdinalIgnoreCase);
        NonLabUnits = file.NonLabUnits.ToHashSet(StringComparer.OrdinalIgnoreCase);
        NameExclusions = file.NameExclusions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        PairNames = file.PairNames ?? [];
        _fluidWords = (file.FluidSpecimenWords ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _bloodWords = (file.BloodSpecimenWords ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var unit in file.Units)
        {
            _unitsByNormalForm[NormalizeUnit(unit.Canonical)] = unit.Canonical;
            _unitsAsWritten[unit.Canonical] = unit.Canonical;
            foreach (var variant in unit.Variants)
            {
                _unitsByNormalForm[NormalizeUnit(variant)] = unit.Canonical;
                _unitsAsWritten[variant] = unit.Canonical;
            }
        }
        var entries = file.Analytes
            .SelectMany(analyte => analyte.Aliases.Select(alias => new AliasEntry(alias, analyte, IgnoreCase: true))
                .Concat(analyte.Symbols.Select(symbol => new AliasEntry(symbol, analyte, IgnoreCase: false))))
            .Concat((file.OtherNames ?? []).Select(name => new AliasEntry(name, null, IgnoreCase: true)));
        foreach (var group in entries.GroupBy(entry => FirstWord(entry.Text), StringComparer.OrdinalIgnoreCase))
        {
            // Longest first, so "hemoglobin a1c" is tried before "hemoglobin".
            _byFirstWord[group.Key] = group.OrderByDescending(entry => entry.Text.Length).ThenBy(entry => entry.Text, StringComparer.Ordinal).ToArray();
        }
        _firstWordLookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The table built from the embedded Rules/analytes.json.</summary>
    public static AnalyteTable Embedded { get; } = new(RuleResources.Read<AnalyteFile>("analytes.json"));

    public IReadOnlyList<AnalyteRule> Analytes { get; }

    public IReadOnlyDictionary<string, AnalyteRule> ById { get; }

    public IReadOnlySet<string> Connectors { get; }

    public IReadOnlySet<string> NonLabUnits { get; }

    public IReadOnlySet<string> NameExclusions { get; }

    /// <summary>True for a word naming a specimen other than blood ("CSF", "urine", "pleural"): a value in its clause is that fluid's.</summary>
    public bool IsFluidSpecimenWord(ReadOnlySpan<char> word) => _fluidWords.Contains(word);

    /// <summary>True for a word naming blood ("serum", "CBC"): after a fluid word it brings the clause back to blood.</summary>
    public bool IsBloodSpecimenWord(ReadOnlySpan<char> word) => _bloodWords.Contains(word);

    /// <summary>Names standing for two analytes ("H/H" → hemoglobin and hematocrit).</summary>
    public IReadOnlyList<PairName> PairNames { get; }

    /// <summary>
    /// Analyte names in <c>text[start..end)</c>, left to right, the longest name at each word start; a longest name that names
    /// no analyte ("CA 19-9") is passed over, so its words are no analyte's ("Ca"). One dictionary look-up per word, so the scan
    /// is linear in the line's length.
    /// </summary>
    public List<AliasMatch> FindAliases(string text, int start, int end)
    {
        var found = new List<AliasMatch>();
        var position = start;
        while (position < end)
        {
            if (!char.IsLetterOrDigit(text[position]))
            {
                position++;
                continue;
            }
            var wordEnd = position;
            while (wordEnd < end && char.IsLetterOrDigit(text[wordEnd]))
            {
                wordEnd++;
            }
            if (_firstWordLookup.TryGetValue(text.AsSpan(position, wordEnd - position), out var candidates) && Longest(text, position, end, candidates) is { } match)
            {
                if (match.Analyte is { } analyte)
                {
                    found.Add(new AliasMatch(position, match.End, analyte));
                }
                position = match.End;
                continue;
            }
            position = wordEnd;
        }
        return found;
    }

    private static (int End, AnalyteRule? Analyte)? Longest(string text, int position, int end, AliasEntry[] candidates)
    {
        foreach (var candidate in candidates)
        {
            var matchEnd = MatchAt(text, position, end, candidate);
            if (matchEnd > 0 && (matchEnd == end || !char.IsLetterOrDigit(text[matchEnd])))
            {
                return (matchEnd, candidate.Analyte);
            }
        }
        return null;
    }

    /// <summary>End of <paramref name="candidate"/> matched at <paramref name="position"/> (a space matches spaces or tabs), or -1.</summary>
    private static int MatchAt(string text, int position, int end, AliasEntry candidate)
    {
        var cursor = position;
        foreach (var expected in candidate.Text)
        {
            if (expected == ' ')
            {
                if (cursor >= end || text[cursor] is not (' ' or '\t'))
                {
                    return -1;
                }
                while (cursor < end && text[cursor] is ' ' or '\t')
                {
                    cursor++;
                }
                continue;
            }
            if (cursor >= end)
            {
                return -1;
            }
            var actual = text[cursor];
            var same = candidate.IgnoreCase ? char.ToLowerInvariant(actual) == char.ToLowerInvariant(expected) : actual == expected;
            if (!same)
            {
                return -1;
            }
            cursor++;
        }
        return cursor;
    }

    private static string FirstWord(string alias)
    {
        var length = 0;
        while (length < alias.Length && char.IsLetterOrDigit(alias[length]))
        {
            length++;
        }
        return alias[..length];
    }

    /// <summary>The canonical unit for a printed unit ("K/uL" → "10^3/uL"), or null when it is not a lab unit.</summary>
    public string? CanonicalUnit(string printed) =>
        _unitsAsWritten.GetValueOrDefault(printed) ?? _unitsByNormalForm.GetValueOrDefault(NormalizeUnit(printed));

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
}
