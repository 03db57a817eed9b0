using System.IO.Compression;
using System.Xml.Linq;
using MedDoc.Engine.Coding;

namespace MedDoc.IcdTable;

/// <summary>
/// What the Tabular List XML says under each <c>&lt;diag&gt;</c> that still exists in <c>catalog</c>: inclusion
/// terms (its <c>inclusionTerm</c> and <c>includes</c> notes), Excludes1 and "use additional code" references, 7th-character definitions. Keys are codes without dot.
/// </summary>
public sealed record TabularNotes(
    IReadOnlyDictionary<string, IReadOnlyList<string>> InclusionTerms,
    IReadOnlyDictionary<string, IReadOnlyList<CodeRange>> Excludes1,
    IReadOnlyDictionary<string, IReadOnlyList<CodeRange>> AdditionalCodes,
    IReadOnlyDictionary<string, IReadOnlyList<SeventhCharacter>> SeventhCharacters)
{
    /// <summary>Reads the (gzip-compressed) Tabular List XML at <paramref name="path"/>.</summary>
    public static TabularNotes Read(string path, IcdCatalog catalog)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var document = XDocument.Load(gzip);
        var inclusion = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var excludes1 = new SortedDictionary<string, IReadOnlyList<CodeRange>>(StringComparer.Ordinal);
        var additional = new SortedDictionary<string, IReadOnlyList<CodeRange>>(StringComparer.Ordinal);
        var seventh = new SortedDictionary<string, IReadOnlyList<SeventhCharacter>>(StringComparer.Ordinal);
        foreach (var diag in document.Descendants("diag"))
        {
            var name = diag.Element("name")?.Value;
            if (name is null || catalog.Find(name) is null)
            {
                continue;
            }
            var key = IcdCatalog.Key(name);
            Keep(inclusion, key, Notes(diag, "inclusionTerm").Concat(Notes(diag, "includes")).Distinct().ToArray());
            Keep(excludes1, key, Notes(diag, "excludes1").SelectMany(CodeReferences.Parse).Distinct().ToArray());
            Keep(additional, key, Notes(diag, "useAdditionalCode").SelectMany(CodeReferences.Parse).Distinct().ToArray());
            Keep(seventh, key, diag.Elements("sevenChrDef").Elements("extension")
                .Select(extension => new SeventhCharacter(extension.Attribute("char")!.Value[0], Clean(extension.Value)))
                .ToArray());
        }
        return new TabularNotes(inclusion, excludes1, additional, seventh);
    }

    private static IEnumerable<string> Notes(XElement diag, string element) =>
        diag.Elements(element).Elements("note").Select(note => Clean(note.Value)).Where(note => note.Length > 0);

    private static void Keep<T>(SortedDictionary<string, IReadOnlyList<T>> map, string key, T[] values)
    {
        if (values.Length > 0)
        {
            map[key] = values;
        }
    }

    /// <summary>One line of text: runs of white space (tabs, line breaks) become one space.</summary>
    public static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
