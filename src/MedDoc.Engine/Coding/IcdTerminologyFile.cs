using System.Globalization;
using System.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The text form of <see cref="IcdTerminology"/> (UTF-8, one record a line, tab-separated, '#' comment lines):
/// <code>
/// code       I10   1  Essential (primary) hypertension      every order-file entry, in tabular order
/// inclusion  I10   High blood pressure                      a tabular inclusion term
/// excludes1  E11   E10   E10                                 an Excludes1 reference (from, to)
/// additional E11   Z79.4 Z79.4                               a "use additional code" reference (from, to)
/// seventh    S72   A     initial encounter for closed fracture
/// neoplasm   2  lower lobe  (modifiers)  C34.3-  C78.0-  D02.2-  D14.3-  D38.1  D49.1  (see)
/// </code>
/// A neoplasm row's level (1 = main term) places it under the last row of the level above; its see column
/// holds the referenced row's words separated by ", ". Writing then reading gives the same terminology.
/// </summary>
internal static class IcdTerminologyFile
{
    private const char Tab = '\t';

    /// <summary>Writes <paramref name="terminology"/> with <paramref name="header"/> as the comment lines at the top.</summary>
    public static void Write(IcdTerminology terminology, TextWriter writer, IEnumerable<string> header)
    {
        foreach (var line in header)
        {
            writer.Write("# ");
            writer.Write(line);
            writer.Write('\n');
        }
        foreach (var code in terminology.Catalog.Codes)
        {
            WriteLine(writer, "code", code.Code, code.Billable ? "1" : "0", code.Title);
        }
        foreach (var (key, terms) in terminology.AllInclusionTerms.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var term in terms)
            {
                WriteLine(writer, "inclusion", IcdCatalog.WithDot(key), term);
            }
        }
        WriteRanges(writer, "excludes1", terminology.AllExcludes1);
        WriteRanges(writer, "additional", terminology.AllAdditionalCodes);
        foreach (var (key, characters) in terminology.AllSeventhCharacters.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var character in characters)
            {
                WriteLine(writer, "seventh", IcdCatalog.WithDot(key), character.Character.ToString(), character.Meaning);
            }
        }
        foreach (var entry in terminology.Neoplasms)
        {
            WriteLine(
                writer, "neoplasm", entry.Path.Count.ToString(CultureInfo.InvariantCulture), entry.Path[^1], entry.Modifiers ?? "",
                entry.Primary ?? "", entry.Secondary ?? "", entry.InSitu ?? "", entry.Benign ?? "", entry.Uncertain ?? "", entry.Unspecified ?? "",
                entry.See is null ? "" : string.Join(", ", entry.See));
        }
    }

    /// <summary>Reads the text; throws <see cref="InvalidDataException"/> naming <paramref name="sourceName"/> and the line.</summary>
    public static IcdTerminology Read(TextReader reader, string sourceName)
    {
        var codes = new List<IcdCode>(100_000);
        var inclusion = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var excludes1 = new Dictionary<string, List<CodeRange>>(StringComparer.Ordinal);
        var additional = new Dictionary<string, List<CodeRange>>(StringComparer.Ordinal);
        var seventh = new Dictionary<string, List<SeventhCharacter>>(StringComparer.Ordinal);
        var neoplasms = new List<NeoplasmEntry>();
        var path = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split(Tab);
            switch (fields[0])
            {
                case "code" when fields.Length == 4 && fields[2] is "0" or "1" && fields[3].Length > 0:
                    codes.Add(new IcdCode(fields[1], fields[3], fields[2] == "1"));
                    break;
                case "inclusion" when fields.Length == 3 && fields[2].Length > 0:
                    Append(inclusion, fields[1], fields[2]);
                    break;
                case "excludes1" when fields.Length == 4:
                    Append(excludes1, fields[1], new CodeRange(fields[2], fields[3]));
                    break;
                case "additional" when fields.Length == 4:
                    Append(additional, fields[1], new CodeRange(fields[2], fields[3]));
                    break;
                case "seventh" when fields.Length == 4 && fields[2].Length == 1:
                    Append(seventh, fields[1], new SeventhCharacter(fields[2][0], fields[3]));
                    break;
                case "neoplasm" when fields.Length == 11 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var level)
                                     && level >= 1 && level <= path.Count + 1:
                    path.RemoveRange(level - 1, path.Count - (level - 1));
                    path.Add(fields[2]);
                    neoplasms.Add(new NeoplasmEntry(
                        path.ToArray(), NullIfEmpty(fields[3]), NullIfEmpty(fields[4]), NullIfEmpty(fields[5]), NullIfEmpty(fields[6]),
                        NullIfEmpty(fields[7]), NullIfEmpty(fields[8]), NullIfEmpty(fields[9]),
                        fields[10].Length == 0 ? null : fields[10].Split(", ")));
                    break;
                default:
                    throw new InvalidDataException($"{sourceName} line {lineNumber}: not a code, inclusion, excludes1, additional, seventh or neoplasm record.");
            }
        }
        if (codes.Count == 0)
        {
            throw new InvalidDataException($"{sourceName}: contains no ICD-10-CM codes.");
        }
        return new IcdTerminology(
            IcdCatalog.FromCodes(codes, sourceName), Freeze(inclusion), Freeze(excludes1), Freeze(additional), Freeze(seventh), neoplasms);
    }

    private static void WriteRanges(TextWriter writer, string kind, IEnumerable<KeyValuePair<string, IReadOnlyList<CodeRange>>> ranges)
    {
        foreach (var (key, list) in ranges.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var range in list)
            {
                WriteLine(writer, kind, IcdCatalog.WithDot(key), range.From, range.To);
            }
        }
    }

    private static void WriteLine(TextWriter writer, params string[] fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Contains(Tab) || fields[i].Contains('\n'))
            {
                throw new InvalidDataException($"a {fields[0]} field holds a tab or a line break: '{fields[i]}'.");
            }
            line.Append(i == 0 ? "" : "\t").Append(fields[i]);
        }
        writer.Write(line.Append('\n').ToString());
    }

    private static void Append<T>(Dictionary<string, List<T>> map, string code, T value)
    {
        var key = IcdCatalog.Key(code);
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(value);
    }

    private static Dictionary<string, IReadOnlyList<T>> Freeze<T>(Dictionary<string, List<T>> map) =>
        map.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<T>)pair.Value.ToArray(), StringComparer.Ordinal);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
