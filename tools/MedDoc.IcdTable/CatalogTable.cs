using System.Text;
using MedDoc.Engine.Coding;
using MedDoc.Engine.Rules;

namespace MedDoc.IcdTable;

/// <summary>Builds the text of the embedded catalog table from the order file, the rule files and the newer codes.</summary>
public static class CatalogTable
{
    /// <summary>The table: a header line, then "code TAB billable TAB title" sorted by code.</summary>
    public static string Build(TableOptions options)
    {
        var official = IcdCatalog.Load(options.OrderFile);
        var newer = ReadNewerCodes(options.NewerCodesFile);
        var emitted = Directory.EnumerateFiles(options.RulesDirectory, "*.json", SearchOption.AllDirectories)
            .SelectMany(path =>
            {
                using var stream = File.OpenRead(path);
                return RuleCodes.FromJson(stream);
            })
            .ToHashSet(StringComparer.Ordinal);

        var entries = new SortedDictionary<string, IcdCode>(StringComparer.Ordinal);
        foreach (var code in emitted)
        {
            var key = IcdCatalog.Key(code);
            var entry = Resolve(key, official, newer)
                ?? throw new InvalidDataException($"code {code} from the rules is in neither the order file nor {Path.GetFileName(options.NewerCodesFile)}.");
            entries[key] = entry;
            for (var length = key.Length - 1; length >= 3; length--)
            {
                if (Resolve(key[..length], official, newer) is { } parent)
                {
                    entries[parent.Code.Replace(".", "", StringComparison.Ordinal)] = parent;
                }
            }
        }

        var table = new StringBuilder("code\tbillable\ttitle\n");
        foreach (var entry in entries.Values)
        {
            table.Append(entry.Code).Append('\t').Append(entry.Billable ? '1' : '0').Append('\t').Append(entry.Title).Append('\n');
        }
        return table.ToString();
    }

    private static IcdCode? Resolve(string key, IcdCatalog official, IReadOnlyDictionary<string, IcdCode> newer) =>
        newer.GetValueOrDefault(key) ?? official.Find(key);

    private static Dictionary<string, IcdCode> ReadNewerCodes(string path)
    {
        var codes = new Dictionary<string, IcdCode>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 4 || fields[1] is not ("0" or "1") || fields[2].Length == 0)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {lineNumber}: expected code, billable 0/1, title and fiscal year separated by tabs.");
            }
            codes[IcdCatalog.Key(fields[0])] = new IcdCode(IcdCatalog.WithDot(fields[0]), fields[2], fields[1] == "1");
        }
        return codes;
    }
}
