using MedDoc.Engine.Coding;

namespace MedDoc.Engine.Tests.Coding;

/// <summary>
/// The official CMS order file in ../shared/data (FY2021 January update), found through MEDDOC_ICD10_ORDER_FILE
/// or by walking up from the test binaries. Loaded once for all tests.
/// </summary>
internal static class OrderFile
{
    public const string FileName = "icd10cm-order-2021-jan.txt.gz";

    private static readonly Lazy<IcdCatalog> Catalog = new(() => IcdCatalog.Load(
        Path ?? throw new FileNotFoundException($"{FileName} not found: set MEDDOC_ICD10_ORDER_FILE or keep ../shared/data next to the repository.")));

    /// <summary>Full path of the order file, or null when it is not on this machine.</summary>
    public static string? Path { get; } = Locate();

    /// <summary>The order file, parsed.</summary>
    public static IcdCatalog Official => Catalog.Value;

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("MEDDOC_ICD10_ORDER_FILE");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "shared", "data", "icd10cm", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
