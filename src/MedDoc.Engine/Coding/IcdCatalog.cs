namespace MedDoc.Engine.Coding;

/// <summary>
/// ICD-10-CM codes with their official titles and billable flags. <see cref="Embedded"/> holds every code
/// the engine can emit and their parents; <see cref="Load"/> reads a CMS order file for the full code set.
/// </summary>
public sealed class IcdCatalog
{
    private readonly Dictionary<string, IcdCode> _codes;

    private IcdCatalog(IEnumerable<IcdCode> codes) =>
        _codes = codes.ToDictionary(code => code.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Number of codes in the catalog.</summary>
    public int Count => _codes.Count;

    /// <summary>The catalog shipped with the engine.</summary>
    public static IcdCatalog Embedded { get; } = new([
        new IcdCode("I51.7", "Cardiomegaly", true),
        new IcdCode("J90", "Pleural effusion, not elsewhere classified", true),
    ]);

    /// <summary>Reads a CMS order file (icd10cm_order_YYYY.txt, fixed width).</summary>
    public static IcdCatalog Load(string path) => throw new NotImplementedException("issue #2");

    /// <summary>The entry for <paramref name="code"/> (with or without its dot), or null.</summary>
    public IcdCode? Find(string code) => _codes.GetValueOrDefault(code.Trim());
}
