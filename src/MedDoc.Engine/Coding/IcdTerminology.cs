using System.IO.Compression;
using MedDoc.Engine.Rules;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The ICD-10-CM terminology the engine codes from: the full catalog (every FY2026 code with its billable flag and
/// title) plus what the Tabular List says about each code (inclusion terms, Excludes1, "use additional code",
/// 7th characters) and the Table of Neoplasms. <see cref="Embedded"/> is generated from the official files by
/// tools/MedDoc.IcdTable (Rules/icd10cm_terminology.tsv.gz; docs/decisions/012-icd10cm-terminology-table.md).
/// Example: <c>InclusionTerms("I10")</c> → "high blood pressure", …; <c>Excludes("E11.9", "E10.9")</c> → true.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class IcdTerminology
{
    /// <summary>Name of the embedded table under Rules/.</summary>
    public const string EmbeddedTableName = "icd10cm_terminology.tsv.gz";

    private static readonly Lazy<IcdTerminology> EmbeddedTerminology = new(ReadEmbedded);

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _inclusionTerms;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<CodeRange>> _excludes1;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<CodeRange>> _additionalCodes;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<SeventhCharacter>> _seventhCharacters;

    /// <summary>A terminology from its parts; dictionaries are keyed by code without dot (<see cref="IcdCatalog.Key"/>).</summary>
    public IcdTerminology(
        IcdCatalog catalog,
        IReadOnlyDictionary<string, IReadOnlyList<string>> inclusionTerms,
        IReadOnlyDictionary<string, IReadOnlyList<CodeRange>> excludes1,
        IReadOnlyDictionary<string, IReadOnlyList<CodeRange>> additionalCodes,
        IReadOnlyDictionary<string, IReadOnlyList<SeventhCharacter>> seventhCharacters,
        IReadOnlyList<NeoplasmEntry> neoplasms)
    {
        Catalog = catalog;
        _inclusionTerms = inclusionTerms;
        _excludes1 = excludes1;
        _additionalCodes = additionalCodes;
        _seventhCharacters = seventhCharacters;
        Neoplasms = neoplasms;
    }

    /// <summary>The terminology shipped with the engine (FY2026 codes), read once per process.</summary>
    public static IcdTerminology Embedded => EmbeddedTerminology.Value;

    /// <summary>Every code with its title and billable flag.</summary>
    public IcdCatalog Catalog { get; }

    /// <summary>The Table of Neoplasms, in table order (a row's parents come before it).</summary>
    public IReadOnlyList<NeoplasmEntry> Neoplasms { get; }

    /// <summary>Codes that carry tabular notes (inclusion terms, excludes, additional codes or 7th characters).</summary>
    public int AnnotatedCodeCount => _inclusionTerms.Keys.Concat(_excludes1.Keys).Concat(_additionalCodes.Keys).Concat(_seventhCharacters.Keys).Distinct().Count();

    /// <summary>The inclusion terms listed under <paramref name="code"/> itself ("I10" → "high blood pressure", …).</summary>
    public IReadOnlyList<string> InclusionTerms(string code) => _inclusionTerms.GetValueOrDefault(IcdCatalog.Key(code)) ?? [];

    /// <summary>The Excludes1 references written under <paramref name="code"/> itself ("E11" → E08, E09, E10, O24, …).</summary>
    public IReadOnlyList<CodeRange> Excludes1(string code) => _excludes1.GetValueOrDefault(IcdCatalog.Key(code)) ?? [];

    /// <summary>The codes a "use additional code" note under <paramref name="code"/> or its parents names ("E11.9" → Z79.4, Z79.84, …).</summary>
    public IReadOnlyList<CodeRange> AdditionalCodes(string code) => SelfAndParents(code).SelectMany(key => _additionalCodes.GetValueOrDefault(key) ?? []).ToArray();

    /// <summary>The 7th characters that apply to <paramref name="code"/>, from the nearest code that defines them ("S72.001" → A, B, C, D, …).</summary>
    public IReadOnlyList<SeventhCharacter> SeventhCharacters(string code) =>
        SelfAndParents(code).Select(key => _seventhCharacters.GetValueOrDefault(key)).FirstOrDefault(list => list is not null) ?? [];

    /// <summary>
    /// True when an Excludes1 note forbids coding <paramref name="first"/> and <paramref name="second"/> together: a note
    /// under either code (or a parent of it) names the other ("E11.9" and "E10.9" → true; "I10" and "E11.9" → false).
    /// </summary>
    public bool Excludes(string first, string second) => NotesExclude(first, second) || NotesExclude(second, first);

    /// <summary>
    /// True when an Excludes1 note under <paramref name="code"/> (or a parent of it) names <paramref name="other"/>: the
    /// note sends that condition elsewhere ("N19" names N17 → true; "N17.9" and "N19" → false).
    /// </summary>
    public bool NotesExclude(string code, string other) =>
        SelfAndParents(code).Any(key => _excludes1.TryGetValue(key, out var ranges) && ranges.Any(range => range.Contains(other)));

    /// <summary>This terminology with another catalog (a newer year's order file); the tabular notes stay.</summary>
    public IcdTerminology WithCatalog(IcdCatalog catalog) =>
        new(catalog, _inclusionTerms, _excludes1, _additionalCodes, _seventhCharacters, Neoplasms);

    /// <summary>Reads the terminology text (plain or gzip-compressed) that tools/MedDoc.IcdTable writes.</summary>
    public static IcdTerminology Read(Stream stream, string sourceName)
    {
        using var reader = new StreamReader(IcdCatalog.IsGzip(stream) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
        return IcdTerminologyFile.Read(reader, sourceName);
    }

    internal IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> AllInclusionTerms => _inclusionTerms;

    internal IEnumerable<KeyValuePair<string, IReadOnlyList<CodeRange>>> AllExcludes1 => _excludes1;

    internal IEnumerable<KeyValuePair<string, IReadOnlyList<CodeRange>>> AllAdditionalCodes => _additionalCodes;

    internal IEnumerable<KeyValuePair<string, IReadOnlyList<SeventhCharacter>>> AllSeventhCharacters => _seventhCharacters;

    private static IEnumerable<string> SelfAndParents(string code)
    {
        var key = IcdCatalog.Key(code);
        for (var length = key.Length; length >= 3; length--)
        {
            yield return key[..length];
        }
    }

    private static IcdTerminology ReadEmbedded()
    {
        using var stream = RuleResources.Open(EmbeddedTableName);
        return Read(stream, "Rules/" + EmbeddedTableName);
    }
}
