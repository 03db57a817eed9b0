// Regenerates src/MedDoc.Engine/Rules/icd10cm_catalog.tsv: every ICD-10-CM code the rule files name, plus all
// their parents, with the billable flag and long title of the CMS order file; codes added or retitled after that
// file's fiscal year come from newer-codes.tsv. Usage (from the repository root):
//   dotnet run --project tools/MedDoc.IcdTable -- ../shared/data/icd10cm/icd10cm-order-2021-jan.txt.gz [--check]
// --check writes nothing and exits 1 when the shipped table differs from what would be generated.
using MedDoc.IcdTable;

try
{
    var options = TableOptions.Parse(args);
    var table = CatalogTable.Build(options);
    if (options.Check)
    {
        var current = File.Exists(options.Output) ? File.ReadAllText(options.Output) : "";
        if (current != table)
        {
            Console.Error.WriteLine($"icd10 table: {options.Output} is out of date; rerun without --check.");
            return 1;
        }
        Console.WriteLine($"icd10 table: {options.Output} is up to date.");
        return 0;
    }
    File.WriteAllText(options.Output, table);
    Console.WriteLine($"icd10 table: wrote {table.Count(c => c == '\n') - 1} codes to {options.Output}.");
    return 0;
}
catch (Exception error) when (error is ArgumentException or InvalidDataException or IOException)
{
    Console.Error.WriteLine($"icd10 table: {error.Message}");
    return 2;
}
