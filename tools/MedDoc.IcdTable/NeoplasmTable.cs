using System.IO.Compression;
using System.Xml.Linq;
using MedDoc.Engine.Coding;

namespace MedDoc.IcdTable;

/// <summary>
/// Reads the Table of Neoplasms XML: every <c>&lt;term level="N"&gt;</c> below the main term "Neoplasm, neoplastic"
/// becomes a <see cref="NeoplasmEntry"/> with its site words, non-essential modifiers, six column codes and see-reference.
/// </summary>
public static class NeoplasmTable
{
    private const string SeePrefix = "Neoplasm, ";

    /// <summary>The rows in table order; a row's parents come before it.</summary>
    public static IReadOnlyList<NeoplasmEntry> Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var document = XDocument.Load(gzip);
        var entries = new List<NeoplasmEntry>();
        var sitePath = new List<string>();
        foreach (var term in document.Descendants("term"))
        {
            var level = int.Parse(term.Attribute("level")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            var title = term.Element("title")!;
            var words = TabularNotes.Clean(string.Concat(title.Nodes().OfType<XText>().Select(text => text.Value)));
            var modifiers = title.Element("nemod") is { } nemod ? TabularNotes.Clean(nemod.Value) : null;
            sitePath.RemoveRange(level - 1, sitePath.Count - (level - 1));
            sitePath.Add(words);
            var cells = Enumerable.Range(2, 6)
                .Select(column => term.Elements("cell").FirstOrDefault(cell => cell.Attribute("col")?.Value == column.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Value.Trim())
                .Select(code => code is null or "" or "-" or "--" ? null : code)
                .ToArray();
            var see = term.Element("see")?.Value is { } reference && reference.StartsWith(SeePrefix, StringComparison.Ordinal)
                ? TabularNotes.Clean(reference[SeePrefix.Length..]).Split(", ")
                : null;
            entries.Add(new NeoplasmEntry(sitePath.ToArray(), modifiers, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], see));
        }
        return entries;
    }
}
