namespace MedDoc.IcdTable;

/// <summary>Command-line options: the folder of official files, the output table, and whether only to check it.</summary>
public sealed record TableOptions(string DataDirectory, string Output, bool Check)
{
    /// <summary>The FY2026 order file: every code, billable flag and long title.</summary>
    public const string OrderFileName = "icd10cm_order_2026.txt.gz";

    /// <summary>The Tabular List XML (the newest available here): inclusion terms, excludes, notes, 7th characters.</summary>
    public const string TabularFileName = "icd10cm_tabular_2023.xml.gz";

    /// <summary>The Table of Neoplasms.</summary>
    public const string NeoplasmFileName = "icd10cm_neoplasm_2025.xml.gz";

    /// <summary>Path of the order file.</summary>
    public string OrderFile => Path.Combine(DataDirectory, OrderFileName);

    /// <summary>Path of the Tabular List.</summary>
    public string TabularFile => Path.Combine(DataDirectory, TabularFileName);

    /// <summary>Path of the Table of Neoplasms.</summary>
    public string NeoplasmFile => Path.Combine(DataDirectory, NeoplasmFileName);

    /// <summary>Parses "[--data DIR] [--out FILE] [--check]"; paths default to the repository layout (../shared/data/icd10cm).</summary>
    public static TableOptions Parse(string[] args)
    {
        var root = FindRepositoryRoot();
        var data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "icd10cm"));
        var output = Path.Combine(root, "src", "MedDoc.Engine", "Rules", "icd10cm_terminology.tsv.gz");
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data": data = Value(args, ++i, "--data"); break;
                case "--out": output = Value(args, ++i, "--out"); break;
                case "--check": check = true; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'. Usage: [--data DIR] [--out FILE] [--check]");
            }
        }
        var options = new TableOptions(data, output, check);
        foreach (var path in new[] { options.OrderFile, options.TabularFile, options.NeoplasmFile })
        {
            if (!File.Exists(path))
            {
                throw new ArgumentException($"'{path}' does not exist (--data names the folder of the official ICD-10-CM files).");
            }
        }
        return options;
    }

    private static string Value(string[] args, int index, string name) =>
        index < args.Length ? args[index] : throw new ArgumentException($"{name} needs a value.");

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MedDoc.slnx")))
            {
                return directory.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
