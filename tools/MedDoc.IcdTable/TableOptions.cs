namespace MedDoc.IcdTable;

/// <summary>Command-line options: the order file, and where the rules, newer codes and output table live.</summary>
public sealed record TableOptions(string OrderFile, string RulesDirectory, string NewerCodesFile, string Output, bool Check)
{
    /// <summary>Parses "ORDER_FILE [--rules DIR] [--newer FILE] [--out FILE] [--check]"; paths default to the repository layout.</summary>
    public static TableOptions Parse(string[] args)
    {
        string? orderFile = null;
        var root = FindRepositoryRoot();
        var rules = Path.Combine(root, "src", "MedDoc.Engine", "Rules");
        var newer = Path.Combine(root, "tools", "MedDoc.IcdTable", "newer-codes.tsv");
        var output = Path.Combine(rules, "icd10cm_catalog.tsv");
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rules": rules = Value(args, ++i, "--rules"); break;
                case "--newer": newer = Value(args, ++i, "--newer"); break;
                case "--out": output = Value(args, ++i, "--out"); break;
                case "--check": check = true; break;
                case var path when !path.StartsWith("--", StringComparison.Ordinal) && orderFile is null: orderFile = path; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'. Usage: ORDER_FILE [--rules DIR] [--newer FILE] [--out FILE] [--check]");
            }
        }
        if (orderFile is null)
        {
            throw new ArgumentException("the CMS order file (icd10cm_order_YYYY.txt or .gz) is required as the first argument.");
        }
        foreach (var (path, what) in new[] { (orderFile, "order file"), (newer, "newer codes file") })
        {
            if (!File.Exists(path))
            {
                throw new ArgumentException($"{what} '{path}' does not exist.");
            }
        }
        if (!Directory.Exists(rules))
        {
            throw new ArgumentException($"rules directory '{rules}' does not exist.");
        }
        return new TableOptions(orderFile, rules, newer, output, check);
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
