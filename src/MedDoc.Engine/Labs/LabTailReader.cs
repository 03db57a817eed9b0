using System.Globalization;
using System.Text.RegularExpressions;

namespace MedDoc.Engine.Labs;

/// <summary>
/// Reads what follows a lab value on its line, in any order: unit, printed range, printed flag.
/// Example: " g/dL (13.5-17.5) L" → unit g/dL, range 13.5–17.5, flag L. Stops at the first word it does not know,
/// at ',' or ';', or at a sentence end, so "hemoglobin 9.2 g/dL on admission" ends after "g/dL".
/// </summary>
internal sealed class LabTailReader(AnalyteTable table)
{
    private const string RangePrefix = @"(?:(?:ref(?:erence)?\.?(?:[ \t]*(?:range|interval|int\.?))?|normal(?:[ \t]*range)?|range|nl)[ \t]*[:=]?[ \t]*)?";
    // "12,0" is a decimal comma (one or two digits after the comma); "1,000" is not read as a range bound.
    private const string Number = @"\d+(?:\.\d+|,\d{1,2}(?!\d))?|\.\d+";

    // Both patterns are anchored at the read position (\G) and have no nested quantifiers: each match attempt is
    // bounded by the length of one range, so they cannot backtrack catastrophically.
    private static readonly Regex TwoSidedRange = new(
        $@"\G{RangePrefix}(?<lo>{Number})[ \t]*(?:-|–|—|to)[ \t]*(?<hi>{Number})(?![\d.]*/)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex OneSidedRange = new(
        $@"\G{RangePrefix}(?<cmp><=|>=|=<|=>|≤|≥|<|>)[ \t]*(?<n>{Number})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Reads the tail of the value ending at <paramref name="start"/>, not beyond <paramref name="end"/>.</summary>
    public LabTail Read(string text, int start, int end)
    {
        string? unit = null;
        string? canonical = null;
        ReferenceRange? range = null;
        PrintedFlag? flag = null;
        var componentEnd = start;
        var position = start;
        var first = true;
        while (position < end)
        {
            var c = text[position];
            if (c is ' ' or '\t' or '|')
            {
                // '|' separates the cells of a pipe table: "| 14.8 | H | x10^3/uL | 4.0-11.0 |".
                position++;
                continue;
            }
            if (c is ',' or ';' || (c == '.' && (position + 1 == end || char.IsWhiteSpace(text[position + 1]))))
            {
                break;
            }
            if (c is '(' or '[')
            {
                position++;
                continue;
            }
            if (c is ')' or ']')
            {
                if (IsBlank(text, componentEnd, position) && componentEnd > start)
                {
                    componentEnd = position + 1;
                }
                position++;
                continue;
            }
            if (range is null && MayStartRange(c) && TryRange(text, position, end, out var printedRange, out var rangeEnd))
            {
                range = printedRange;
                position = componentEnd = rangeEnd;
                first = false;
                continue;
            }
            var token = Token(text, position, end);
            if (token.Length == 0)
            {
                break;
            }
            if (flag is null && LabFlags.Read(token) is { } printed)
            {
                position = componentEnd = position + token.Length;
                flag = ReadSecondFlagWord(text, ref position, end, printed);
                componentEnd = Math.Max(componentEnd, position);
                first = false;
                continue;
            }
            if (unit is null && TryUnit(text, position, end, out var printedUnit, out var canonicalUnit, out var unitEnd))
            {
                unit = printedUnit;
                canonical = canonicalUnit;
                position = componentEnd = unitEnd;
                first = false;
                continue;
            }
            if (first && unit is null && table.NonLabUnits.Contains(token.TrimEnd('.')))
            {
                return new LabTail(null, null, null, null, start, IsDose: true);
            }
            break;
        }
        return new LabTail(unit, canonical, range, flag, componentEnd, IsDose: false);
    }

    private PrintedFlag ReadSecondFlagWord(string text, ref int position, int end, PrintedFlag printed)
    {
        var next = position;
        while (next < end && text[next] is ' ' or '\t')
        {
            next++;
        }
        var token = Token(text, next, end);
        if (token.Length > 0 && LabFlags.Read(token) is { } second && LabFlags.Combine(printed, second) != printed)
        {
            position = next + token.Length;
            return LabFlags.Combine(printed, second);
        }
        return printed;
    }

    /// <summary>A range starts with a number, a comparator or a prefix word ("ref", "range", "normal", "nl").</summary>
    private static bool MayStartRange(char c) =>
        char.IsAsciiDigit(c) || c is '.' or '<' or '>' or '≤' or '≥' or '=' or 'r' or 'R' or 'n' or 'N';

    private bool TryUnit(string text, int position, int end, out string unit, out string canonical, out int unitEnd)
    {
        var single = Token(text, position, end);
        if (single.Length > 0 && table.CanonicalUnit(single) is { } direct)
        {
            unit = single;
            canonical = direct;
            unitEnd = position + single.Length;
            return true;
        }
        // Units may be written with inner spaces ("x 10^3/uL", "mL/min/1.73 m2"): try up to three tokens, longest first.
        var tokenEnds = new List<int>(3);
        var cursor = position;
        for (var i = 0; i < 3 && cursor < end; i++)
        {
            var token = Token(text, cursor, end);
            if (token.Length == 0)
            {
                break;
            }
            cursor += token.Length;
            tokenEnds.Add(cursor);
            while (cursor < end && text[cursor] == ' ')
            {
                cursor++;
            }
        }
        for (var i = tokenEnds.Count - 1; i >= 1; i--)
        {
            var candidate = text[position..tokenEnds[i]];
            if (table.CanonicalUnit(candidate) is { } known)
            {
                unit = candidate;
                canonical = known;
                unitEnd = tokenEnds[i];
                return true;
            }
        }
        unit = canonical = string.Empty;
        unitEnd = position;
        return false;
    }

    private static bool TryRange(string text, int position, int end, out ReferenceRange range, out int rangeEnd)
    {
        var two = TwoSidedRange.Match(text, position, end - position);
        if (two.Success)
        {
            range = new ReferenceRange(Parse(two.Groups["lo"].Value), Parse(two.Groups["hi"].Value), RangeText(two));
            rangeEnd = two.Index + two.Length;
            return true;
        }
        var one = OneSidedRange.Match(text, position, end - position);
        if (one.Success)
        {
            var bound = Parse(one.Groups["n"].Value);
            var below = one.Groups["cmp"].Value is "<" or "<=" or "=<" or "≤";
            range = below ? new ReferenceRange(null, bound, RangeText(one)) : new ReferenceRange(bound, null, RangeText(one));
            rangeEnd = one.Index + one.Length;
            return true;
        }
        range = new ReferenceRange(null, null, string.Empty);
        rangeEnd = position;
        return false;
    }

    private static string RangeText(Match match)
    {
        var number = match.Groups["lo"].Success ? match.Groups["lo"] : match.Groups["cmp"];
        return match.Value[(number.Index - match.Index)..];
    }

    /// <summary>The run of characters from <paramref name="position"/> up to white space or a separator.</summary>
    private static string Token(string text, int position, int end)
    {
        const int maxTokenLength = 32;
        var stop = position;
        end = Math.Min(end, position + maxTokenLength);
        while (stop < end && !char.IsWhiteSpace(text[stop]) && text[stop] is not (',' or ';' or '(' or ')' or '[' or ']' or '|'))
        {
            stop++;
        }
        while (stop > position + 1 && text[stop - 1] == '.')
        {
            stop--;
        }
        return text[position..stop];
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('(' or '['))
            {
                return false;
            }
        }
        return true;
    }

    private static double Parse(string number) => double.Parse(number.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
}
