// Regenerates src/MedDoc.Engine/Rules/icd10cm_terminology.tsv.gz from the official ICD-10-CM files: the FY2026 order
// file (every code, billable flag, long title), the Tabular List XML (inclusion terms, Excludes1, "use additional
// code", 7th characters) and the Table of Neoplasms. Usage (from the repository root):
//   dotnet run --project tools/MedDoc.IcdTable -- [--data ../shared/data/icd10cm] [--out FILE] [--check]
// --check writes nothing and exits 1 when the shipped table differs from what would be generated.
using MedDoc.IcdTable;

try
{
    var options = TableOptions.Parse(args);
    var table = TerminologyTable.Build(options);
    if (options.Check)
    {
        var current = File.Exists(options.Output) ? TerminologyTable.ReadText(options.Output) : "";
        if (current != table)
        {
            Console.Error.WriteLine($"icd10 table: {options.Output} is out of date; rerun without --check.");
            return 1;
        }
        Console.WriteLine($"icd10 table: {options.Output} is up to date.");
        return 0;
    }
    TerminologyTable.Write(options.Output, table);
    Console.WriteLine($"icd10 table: wrote {options.Output} ({new FileInfo(options.Output).Length:N0} bytes).");
    return 0;
}
catch (Exception error) when (error is ArgumentException or InvalidDataException or IOException or System.Xml.XmlException)
{
    Console.Error.WriteLine($"icd10 table: {error.Message}");
    return 2;
}
