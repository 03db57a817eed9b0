using MedDoc.Engine.Coding;
using MedDoc.Testing;

namespace MedDoc.Engine.Tests.Coding;

/// <summary>The official CMS order file of the code set the engine ships (FY2026) in ../shared/data, loaded once for all tests.</summary>
internal static class OrderFile
{
    public const string FileName = "icd10cm_order_2026.txt.gz";

    private static readonly Lazy<IcdCatalog> Catalog = new(() => IcdCatalog.Load(
        Path ?? throw new FileNotFoundException($"{FileName} not found: keep ../shared/data next to the repository.")));

    /// <summary>Full path of the order file, or null when it is not on this machine.</summary>
    public static string? Path { get; } = File.Exists(RepositoryFiles.Icd10OrderFile) ? RepositoryFiles.Icd10OrderFile : null;

    /// <summary>The order file, parsed.</summary>
    public static IcdCatalog Official => Catalog.Value;
}
