using System.IO.Compression;

namespace MedDoc.Engine.Coding;

/// <summary>
/// ICD-10-CM codes with their official titles and billable flags. <see cref="Embedded"/> holds the whole FY2026
/// code set (from <see cref="IcdTerminology.Embedded"/>); <see cref="Load"/> reads a CMS order file, e.g. a newer year's.
/// <see cref="Key"/> and <see cref="WithDot"/> are the one place a code's spelling is normalised.
/// Example: <c>Find("i517")</c> → I51.7 "Cardiomegaly", billable; <c>Parent("I51.7")</c> → I51 header.
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class IcdCatalog
{
    private readonly Dictionary<string, IcdCode> _codes;
    private readonly Dictionary<string, IcdCode>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly Lazy<Dictionary<string, IcdCode[]>> _children;

    private IcdCatalog(IReadOnlyList<IcdCode> codes, string sourceName)
    {
        Codes = codes;
        _codes = new Dictionary<string, IcdCode>(codes.Count, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (!_codes.TryAdd(Key(code.Code), code))
            {
                throw new InvalidDataException($"{sourceName}: code {code.Code} is listed more than once.");
            }
        }
        _bySpan = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
        _children = new(IndexChildren);
    }

    /// <summary>Number of codes in the catalog (headers and billable codes).</summary>
    public int Count => _codes.Count;

    /// <summary>Every entry, in the order of the source (the CMS order file's tabular order).</summary>
    public IReadOnlyList<IcdCode> Codes { get; }

    /// <summary>The catalog shipped with the engine: every FY2026 ICD-10-CM code (headers and billable codes).</summary>
    public static IcdCatalog Embedded => IcdTerminology.Embedded.Catalog;

    /// <summary>
    /// Reads a CMS order file (icd10cm_order_YYYY.txt, fixed width, plain or gzip-compressed).
    /// Example line: "11136 I517    1 Cardiomegaly ... Cardiomegaly" → I51.7, billable, "Cardiomegaly".
    /// Throws <see cref="InvalidDataException"/> naming the file and line of the first malformed line.
    /// </summary>
    public static IcdCatalog Load(string path)
    {
        using var file = File.OpenRead(path);
        using var reader = new StreamReader(IsGzip(file) ? new GZipStream(file, CompressionMode.Decompress) : file);
        return ReadOrderFile(reader, Path.GetFileName(path));
    }

    /// <summary>Parses order-file lines from <paramref name="reader"/>; <paramref name="sourceName"/> names it in errors.</summary>
    public static IcdCatalog ReadOrderFile(TextReader reader, string sourceName)
    {
        var codes = new List<IcdCode>(100_000);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            codes.Add(OrderFileLine.Parse(line, sourceName, lineNumber));
        }
        if (codes.Count == 0)
        {
            throw new InvalidDataException($"{sourceName}: contains no ICD-10-CM codes.");
        }
        return new IcdCatalog(codes, sourceName);
    }

    /// <summary>Builds a catalog from entries already in memory (codes with their dot), e.g. for a test or a generator.</summary>
    public static IcdCatalog FromCodes(IEnumerable<IcdCode> codes) => FromCodes(codes, "codes");

    /// <summary>Builds a catalog from entries already in memory; <paramref name="sourceName"/> names them in errors (a duplicate code).</summary>
    public static IcdCatalog FromCodes(IEnumerable<IcdCode> codes, string sourceName) => new(codes.ToArray(), sourceName);

    /// <summary>The entry for <paramref name="code"/>, with or without its dot, in any case ("e119" → E11.9), or null.</summary>
    public IcdCode? Find(string code) => _codes.GetValueOrDefault(Key(code));

    /// <summary>True when <paramref name="code"/> is in the catalog and valid for claims ("E11.9" yes, "E11" no).</summary>
    public bool IsBillable(string code) => Find(code)?.Billable ?? false;

    /// <summary>The nearest enclosing entry ("E11.22" → E11.2, "E11.2" → E11), or null for a category.</summary>
    public IcdCode? Parent(string code) => FindParent(code);

    /// <summary>Entries directly below <paramref name="code"/> ("N18.3" → N18.30, N18.31, N18.32).</summary>
    public IReadOnlyList<IcdCode> Children(string code) =>
        _children.Value.TryGetValue(Key(code), out var children) ? children : [];

    /// <summary>The code without its dot or any white space, upper case: " e11.9 " → "E119", "E11. 9" → "E119".</summary>
    public static string Key(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var key = new System.Text.StringBuilder(code.Length);
        foreach (var character in code)
        {
            if (character != '.' && !char.IsWhiteSpace(character))
            {
                key.Append(char.ToUpperInvariant(character));
            }
        }
        return key.ToString();
    }

    /// <summary>The code as written in the tabular list: "I517" → "I51.7", "J90" → "J90".</summary>
    public static string WithDot(string code)
    {
        var key = Key(code);
        return key.Length > 3 ? key[..3] + "." + key[3..] : key;
    }

    private IcdCode? FindParent(string code)
    {
        var key = Key(code).AsSpan();
        for (var length = key.Length - 1; length >= 3; length--)
        {
            if (_bySpan.TryGetValue(key[..length], out var parent))
            {
                return parent;
            }
        }
        return null;
    }

    // Built on first use: a deployment that only looks codes up never pays for it.
    private Dictionary<string, IcdCode[]> IndexChildren() => Codes
        .Select(code => (Code: code, Parent: FindParent(code.Code)))
        .Where(pair => pair.Parent is not null)
        .GroupBy(pair => Key(pair.Parent!.Code), pair => pair.Code, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    /// <summary>True when <paramref name="stream"/> (seekable) starts with the gzip magic bytes; the position is reset to 0.</summary>
    internal static bool IsGzip(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
