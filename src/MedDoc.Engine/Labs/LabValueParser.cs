using System.Globalization;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Labs;

/// <summary>
/// Finds lab values in tables, "Analyte: value unit (range) flag" lines and prose.
/// Example: "Hemoglobin 9.2 g/dL (13.5-17.5) L" → hemoglobin 9.2 g/dL, Low; "Her hemoglobin was 9.2 g/dL." →
/// hemoglobin 9.2 g/dL, Low against the adult default range (RangeIsDefault). Dates, times, ranges, doses and
/// vital signs are not values: "BP 120/80", "WBC 4.0-11.0" and "vitamin K 10 mg" give nothing.
/// </summary>
public sealed class LabValueParser
{
    private const int MaxNameCellLength = 60;
    private const int MaxGapWords = 4;
    private const int MaxGapLength = 48;
    private const int MaxWordLength = 32;

    private readonly AnalyteTable _table;
    private readonly LabTailReader _tailReader;

    /// <summary>A parser with the embedded Rules/analytes.json.</summary>
    public LabValueParser()
        : this(AnalyteTable.Embedded)
    {
    }

    internal LabValueParser(AnalyteTable table)
    {
        _table = table;
        _tailReader = new LabTailReader(table);
    }

    /// <summary>
    /// Every lab value stated in <paramref name="document"/>, in document order, each with its line or phrase as span.
    /// Values are read line by line of the document's own lines, wherever they are printed, with or without section headers.
    /// </summary>
    public IReadOnlyList<LabResult> Parse(TextModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var results = new List<LabResult>();
        foreach (var line in document.Lines)
        {
            ParseLine(document.Text, line.Start, line.End, results);
        }
        return results;
    }

    private void ParseLine(string text, int start, int end, List<LabResult> results)
    {
        if (ReadPairName(text, start, end) is { } named)
        {
            // What precedes and follows the pair on the line is read on its own ("Na 131, H/H 9.2/28, K 4.1").
            if (named.First.Span.Start > start)
            {
                ParseLine(text, start, named.First.Span.Start, results);
            }
            results.Add(named.First);
            results.Add(named.Second);
            if (named.Second.Span.End < end)
            {
                ParseLine(text, named.Second.Span.End, end, results);
            }
            return;
        }
        var names = _table.FindAliases(text, start, end);
        if (names.Count == 0)
        {
            return;
        }
        var contentStart = SkipBullet(text, start, end);
        var consumed = contentStart;
        if (NameCell(text, contentStart, end) is { } cellEnd && names[0].Start == contentStart && names[0].End <= cellEnd && Pair(text, names, 0, end) is null)
        {
            consumed = cellEnd;
            var name = Longest(names, cellEnd);
            var cellText = text[contentStart..cellEnd].TrimEnd();
            if (!HasExcludedWord(cellText) && Read(text, name, contentStart, cellText, SkipSiteCode(text, SkipSeparators(text, cellEnd, end), end), end) is { } result)
            {
                results.Add(result);
                consumed = result.Span.End;
            }
        }
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name.Start < consumed || IsExcludedBefore(text, start, name.Start) || IsInFluidClause(text, start, name.Start, names))
            {
                continue;
            }
            if (Pair(text, names, i, end) is { } pair)
            {
                results.Add(pair.First);
                results.Add(pair.Second);
                consumed = pair.Second.Span.End;
                continue;
            }
            var valueStart = SkipGap(text, name, end, names, i);
            if (valueStart < 0)
            {
                continue;
            }
            var spanStart = name.Start == contentStart ? contentStart : name.Start;
            if (Read(text, name, spanStart, text[name.Start..name.End], valueStart, end) is { } result)
            {
                results.Add(result);
                consumed = result.Span.End;
            }
        }
    }

    /// <summary>Builds the result whose value starts at <paramref name="valueStart"/>, or null when there is no lab value there.</summary>
    private LabResult? Read(string text, AliasMatch name, int spanStart, string printedName, int valueStart, int end)
    {
        if (ReadValue(text, valueStart, end) is not { } value)
        {
            return null;
        }
        var tail = _tailReader.Read(text, value.End, end);
        return tail.IsDose ? null : Build(text, name.Analyte, spanStart, printedName, value, tail);
    }

    /// <summary>
    /// "Hgb/Hct 9.2/28": two names joined by '/' and two values joined by '/' are two results, each spanning the pair.
    /// Units, range and flag printed after the second value belong to the second one only.
    /// </summary>
    private (LabResult First, LabResult Second)? ReadPair(string text, AliasMatch firstName, AliasMatch secondName, int valueStart, int end)
    {
        if (valueStart < 0)
        {
            return null;
        }
        var numberEnd = valueStart;
        while (numberEnd < end && (char.IsAsciiDigit(text[numberEnd]) || text[numberEnd] is '.' or ','))
        {
            numberEnd++;
        }
        if (ReadValue(text, valueStart, numberEnd) is not { } first)
        {
            return null;
        }
        // "9.2/28" or "9.2 g/dL / 28 %": the first value may carry its own unit before the slash.
        var firstTail = numberEnd < end && text[numberEnd] == '/'
            ? new LabTail(null, null, null, null, first.End, IsDose: false)
            : _tailReader.Read(text, first.End, end);
        var slash = firstTail.End;
        while (slash < end && text[slash] is ' ' or '\t')
        {
            slash++;
        }
        if (firstTail.IsDose || slash >= end - 1 || text[slash] != '/')
        {
            return null;
        }
        var secondStart = slash + 1;
        while (secondStart < end && text[secondStart] is ' ' or '\t')
        {
            secondStart++;
        }
        if (ReadValue(text, secondStart, end) is not { } second)
        {
            return null;
        }
        var tail = _tailReader.Read(text, second.End, end);
        if (tail.IsDose)
        {
            return null;
        }
        var firstResult = Build(text, firstName.Analyte, firstName.Start, text[firstName.Start..firstName.End], first, firstTail);
        var secondResult = Build(text, secondName.Analyte, firstName.Start, text[secondName.Start..secondName.End], second, tail);
        if (firstResult is null || secondResult is null)
        {
            return null;
        }
        return (firstResult with { Span = secondResult.Span }, secondResult);
    }

    private (LabResult First, LabResult Second)? Pair(string text, List<AliasMatch> names, int index, int end) =>
        IsSlashPair(text, names, index) ? ReadPair(text, names[index], names[index + 1], SkipGap(text, names[index + 1], end, names, index + 1), end) : null;

    /// <summary>"H/H 9.2/28" or "H&amp;H: 9.2/28": a pair name from Rules/analytes.json followed by two values.</summary>
    private (LabResult First, LabResult Second)? ReadPairName(string text, int start, int end)
    {
        foreach (var pair in _table.PairNames)
        {
            foreach (var printed in pair.Names)
            {
                var at = text.IndexOf(printed, start, end - start, StringComparison.Ordinal);
                var after = at + printed.Length;
                if (at < 0 || (at > start && char.IsLetterOrDigit(text[at - 1])) || (after < end && char.IsLetterOrDigit(text[after])))
                {
                    continue;
                }
                var valueStart = SkipSeparators(text, after, end);
                var first = new AliasMatch(at, after, _table.ById[pair.Analytes[0]]);
                var second = new AliasMatch(at, after, _table.ById[pair.Analytes[1]]);
                if (ReadPair(text, first, second, valueStart, end) is { } result)
                {
                    return result;
                }
            }
        }
        return null;
    }

    /// <summary>Names <paramref name="index"/> and the next are joined by a lone '/' ("Hgb/Hct", "Hgb / Hct") and differ.</summary>
    private static bool IsSlashPair(string text, List<AliasMatch> names, int index)
    {
        if (index + 1 >= names.Count || names[index].Analyte == names[index + 1].Analyte)
        {
            return false;
        }
        var between = text[names[index].End..names[index + 1].Start].Trim();
        return between == "/";
    }

    private static LabResult? Build(string text, AnalyteRule analyte, int spanStart, string printedName, LabValueToken value, LabTail tail)
    {
        var factor = tail.CanonicalUnit is null ? 1.0 : analyte.Units.GetValueOrDefault(tail.CanonicalUnit, double.NaN);
        if (!double.IsNaN(factor) && !analyte.Plausible.Contains(value.Value * factor))
        {
            return null;
        }
        var range = tail.Range;
        var rangeIsDefault = false;
        if (range is null && !double.IsNaN(factor) && (analyte.DefaultRange.Low is not null || analyte.DefaultRange.High is not null))
        {
            range = DefaultRange(analyte, factor);
            rangeIsDefault = true;
        }
        var flag = LabFlags.Decide(tail.Flag, value.Value, value.Comparator, range);
        var spanEnd = Math.Max(tail.End, value.End);
        return new LabResult(analyte.Id, printedName, value.Value, value.Text, tail.Unit, range, flag, Span.Of(text, spanStart, spanEnd), rangeIsDefault);
    }

    private static ReferenceRange DefaultRange(AnalyteRule analyte, double factor)
    {
        var low = analyte.DefaultRange.Low / factor;
        var high = analyte.DefaultRange.High / factor;
        var text = (low, high) switch
        {
            ({ } l, { } h) => $"{Format(l)}-{Format(h)}",
            ({ } l, null) => $">={Format(l)}",
            (null, { } h) => $"<={Format(h)}",
            _ => string.Empty,
        };
        return new ReferenceRange(low is null ? null : Math.Round(low.Value, 3), high is null ? null : Math.Round(high.Value, 3), text);
    }

    private static string Format(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// A number at <paramref name="position"/> that is a value, not a date, time, ratio, range or word:
    /// "9.2", "&lt;0.5", "≥60", "250,000". "120/80", "10:30", "4.0-11.0" and "2nd" are refused.
    /// </summary>
    private static LabValueToken? ReadValue(string text, int position, int end)
    {
        var start = position;
        char? comparator = null;
        if (position < end && text[position] is '<' or '>' or '≤' or '≥')
        {
            comparator = text[position];
            position++;
            if (position < end && text[position] == '=')
            {
                comparator = comparator == '<' ? '≤' : '≥';
                position++;
            }
            while (position < end && text[position] == ' ')
            {
                position++;
            }
        }
        var numberStart = position;
        while (position < end && (char.IsAsciiDigit(text[position]) || IsThousandsComma(text, position, numberStart, end)))
        {
            position++;
        }
        var decimalComma = false;
        if (position < end - 1 && text[position] == '.' && char.IsAsciiDigit(text[position + 1]))
        {
            position++;
            while (position < end && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
        }
        else if (IsDecimalComma(text, position, numberStart, end))
        {
            decimalComma = true;
            position++;
            while (position < end && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
        }
        if (position == numberStart || !char.IsAsciiDigit(text[position - 1]))
        {
            return null;
        }
        if (position < end && !EndsValue(text, position, end))
        {
            return null;
        }
        var digits = decimalComma
            ? text[numberStart..position].Replace(',', '.')
            : text[numberStart..position].Replace(",", string.Empty, StringComparison.Ordinal);
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }
        return new LabValueToken(start, position, number, text[start..position], comparator);
    }

    /// <summary>"250,000": a comma followed by exactly three digits inside a number.</summary>
    private static bool IsThousandsComma(string text, int position, int numberStart, int end) =>
        text[position] == ',' && position > numberStart && position + 3 < end &&
        char.IsAsciiDigit(text[position + 1]) && char.IsAsciiDigit(text[position + 2]) && char.IsAsciiDigit(text[position + 3]) &&
        (position + 4 >= end || !char.IsAsciiDigit(text[position + 4]));

    /// <summary>
    /// "9,2": a decimal comma (European reports) — one or two digits after a comma inside a number, with no further
    /// digit, comma or dot after them, so "250,000" and lists such as "9,12,15" are not read as decimals.
    /// </summary>
    private static bool IsDecimalComma(string text, int position, int numberStart, int end)
    {
        if (position >= end - 1 || text[position] != ',' || position == numberStart || !char.IsAsciiDigit(text[position + 1]))
        {
            return false;
        }
        var digitsEnd = position + 1;
        while (digitsEnd < end && char.IsAsciiDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }
        var count = digitsEnd - position - 1;
        var followedByNumberPart = digitsEnd < end - 1 && text[digitsEnd] is ',' or '.' && char.IsAsciiDigit(text[digitsEnd + 1]);
        return count <= 2 && !followedByNumberPart;
    }

    /// <summary>What may follow a value directly: space, a bracket, a unit or flag glued on ("9.2g/dL", "12.4H", "45%").</summary>
    private static bool EndsValue(string text, int position, int end)
    {
        var c = text[position];
        if (c is '/' or ':' || char.IsAsciiDigit(c))
        {
            return false;
        }
        if (c is '-' or '–' or '—')
        {
            var next = position + 1;
            while (next < end && text[next] == ' ')
            {
                next++;
            }
            return next >= end || !char.IsAsciiDigit(text[next]);
        }
        if (c == '.' && position + 1 < end && char.IsAsciiDigit(text[position + 1]))
        {
            return false;
        }
        if (char.IsWhiteSpace(c))
        {
            var next = position;
            while (next < end && text[next] is ' ' or '\t')
            {
                next++;
            }
            // "4.0 - 11.0" and "4 to 11" are ranges, not values.
            if (next < end && text[next] is '-' or '–' or '—')
            {
                var after = next + 1;
                while (after < end && text[after] == ' ')
                {
                    after++;
                }
                return after >= end || !char.IsAsciiDigit(text[after]);
            }
            return true;
        }
        return true;
    }

    /// <summary>End of a leading name cell ("Glucose, Fasting" before a tab, two spaces, ':' or '='), or null.</summary>
    private static int? NameCell(string text, int start, int end)
    {
        var limit = Math.Min(end, start + MaxNameCellLength);
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c is '\t' or ':' or '=' || (c == ' ' && i + 1 < end && text[i + 1] == ' '))
            {
                return i;
            }
            if (char.IsAsciiDigit(c) && i > start && text[i - 1] == ' ')
            {
                return null;
            }
        }
        return null;
    }

    private static AliasMatch Longest(List<AliasMatch> names, int cellEnd)
    {
        var best = names[0];
        foreach (var name in names)
        {
            if (name.End <= cellEnd && name.Length > best.Length)
            {
                best = name;
            }
        }
        return best;
    }

    /// <summary>
    /// Skips what may sit between a name and its value — spaces, ":", "=", "(BUN)", "was", "level" — and returns where
    /// the value starts, or -1 when something else comes first ("hemoglobin dropped from 11").
    /// </summary>
    private int SkipGap(string text, AliasMatch name, int end, List<AliasMatch> names, int index)
    {
        var position = name.End;
        var words = 0;
        var next = index + 1;
        var limit = Math.Min(end, name.End + MaxGapLength);
        while (position < limit)
        {
            var c = text[position];
            if (char.IsAsciiDigit(c) || (c is '<' or '>' or '≤' or '≥' && position + 1 < end))
            {
                return position;
            }
            if (c == ',')
            {
                // "Glucose, fasting 105" qualifies the name; "high cholesterol, 58 with ..." moves on to something else.
                var qualifierStart = position + 1;
                while (qualifierStart < limit && text[qualifierStart] == ' ')
                {
                    qualifierStart++;
                }
                var qualifierEnd = qualifierStart;
                while (qualifierEnd < limit && char.IsLetter(text[qualifierEnd]))
                {
                    qualifierEnd++;
                }
                if (qualifierEnd == qualifierStart || !_table.Connectors.Contains(text[qualifierStart..qualifierEnd]))
                {
                    return -1;
                }
                position = qualifierStart;
                continue;
            }
            // '|' separates table cells, '_' and leader dots fill the gap ("Calcium____ 11.2"), '%' is a unit label ("Neutrophils % | 81").
            if (c is ' ' or '\t' or ':' or '=' or '(' or ')' or '+' or '-' or '|' or '_' or '%' || IsLeaderDot(text, position, end))
            {
                position++;
                continue;
            }
            if (next < names.Count && names[next].Start == position && names[next].Analyte == name.Analyte)
            {
                position = names[next].End;
                next++;
                continue;
            }
            var wordEnd = position;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }
            if (wordEnd == position || ++words > MaxGapWords || !_table.Connectors.Contains(text[position..wordEnd]))
            {
                return -1;
            }
            position = wordEnd;
        }
        return -1;
    }

    /// <summary>
    /// Skips a performing-site code column printed before the result ("Sodium   01   131   Low   mmol/L"): a zero-padded
    /// two-digit code is never a result, so when another number follows, that number is the value.
    /// </summary>
    private static int SkipSiteCode(string text, int position, int end)
    {
        if (position + 2 >= end || text[position] != '0' || !char.IsAsciiDigit(text[position + 1]) || !char.IsWhiteSpace(text[position + 2]))
        {
            return position;
        }
        var next = position + 2;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        return next < end && (char.IsAsciiDigit(text[next]) || text[next] is '<' or '>' or '≤' or '≥') ? next : position;
    }

    /// <summary>
    /// A dot of a leader between name and value: part of a run ("Sodium....... 131") or standing alone between spaces
    /// ("LDL (calc) . 96"). A sentence's full stop ("hemoglobin. 12 patients") is not.
    /// </summary>
    private static bool IsLeaderDot(string text, int position, int end) =>
        text[position] == '.' &&
        ((position + 1 < end && text[position + 1] == '.') ||
         (position > 0 && text[position - 1] == '.') ||
         (position > 0 && text[position - 1] == ' ' && position + 1 < end && text[position + 1] == ' '));

    private static int SkipSeparators(string text, int position, int end)
    {
        while (position < end && text[position] is ' ' or '\t' or ':' or '=')
        {
            position++;
        }
        return position;
    }

    private bool HasExcludedWord(string name)
    {
        foreach (var word in name.Split([' ', '\t', ',', '/', '(', ')', '-', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (_table.NameExclusions.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"vitamin K", "urine sodium", "direct bilirubin": the word before the name makes it another test.</summary>
    private bool IsExcludedBefore(string text, int lineStart, int nameStart)
    {
        var end = nameStart;
        var blankStop = Math.Max(lineStart, nameStart - MaxWordLength);
        while (end > blankStop && text[end - 1] is ' ' or '\t' or '-')
        {
            end--;
        }
        var start = end;
        var stop = Math.Max(lineStart, end - MaxWordLength);
        while (start > stop && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return start < end && _table.NameExclusions.Contains(text[start..end]);
    }

    /// <summary>
    /// True when the clause before <paramref name="nameStart"/> (back to the line start, a sentence end or a ';') last names
    /// a fluid other than blood: "CSF analysis revealed: protein 1,342, glucose 43" → glucose is the CSF's.
    /// </summary>
    private bool IsInFluidClause(string text, int lineStart, int nameStart, List<AliasMatch> names)
    {
        var position = nameStart;
        while (position > lineStart)
        {
            var c = text[position - 1];
            if (c == ';' || (c == '.' && (position >= text.Length || char.IsWhiteSpace(text[position]))))
            {
                break;
            }
            if (char.IsLetter(c))
            {
                var end = position;
                while (position > lineStart && char.IsLetter(text[position - 1]))
                {
                    position--;
                }
                var word = text.AsSpan(position, end - position);
                if (_table.IsFluidSpecimenWord(word))
                {
                    return true;
                }
                if (_table.IsBloodSpecimenWord(word) && !IsFollowedByReading(text, end) && !IsInsideName(names, position))
                {
                    return false;
                }
                continue;
            }
            position--;
        }
        return false;
    }

    /// <summary>True when <paramref name="position"/> lies inside an analyte's name (not at its start): "blood" in "white blood cells".</summary>
    private static bool IsInsideName(List<AliasMatch> names, int position) =>
        names.Exists(name => name.Start < position && position < name.End);

    /// <summary>True when a reading follows the word ending at <paramref name="wordEnd"/>: in "urine: protein ++, blood ++,
    /// leukocytes 50" the word "blood" is an analyte of the urine, not the specimen of what follows.</summary>
    private static bool IsFollowedByReading(string text, int wordEnd)
    {
        var position = wordEnd;
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
        return position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '+');
    }

    private static int SkipBullet(string text, int start, int end)
    {
        var position = start;
        while (position < end && (char.IsWhiteSpace(text[position]) || text[position] is '-' or '*' or '•' or '·' or '>'))
        {
            position++;
        }
        return position;
    }
}
