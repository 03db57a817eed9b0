namespace MedDoc.Engine.Coding;

/// <summary>
/// Where the engine's ICD-10-CM catalog comes from: the embedded FY2026 code set, or a newer year's CMS order file
/// named by <see cref="OrderFile"/> (plain or .gz), whose codes and titles then replace the embedded ones for the
/// engine and for validating Claude's codes (the tabular notes and neoplasm table stay embedded).
/// </summary>
public static class TerminologyEnvironment
{
    /// <summary>Path of a CMS order file (icd10cm_order_YYYY.txt[.gz]); unset = the embedded FY2026 catalog.</summary>
    public const string OrderFile = "ICD10CM_ORDER_FILE";

    /// <summary>Every variable above.</summary>
    public static IReadOnlyList<string> All { get; } = [OrderFile];

    /// <summary>
    /// The terminology for <paramref name="orderFile"/> (the variable's value, null or blank = embedded). Throws
    /// <see cref="InvalidDataException"/> with one line naming the file and what is wrong with it, for the caller to prefix
    /// with the variable: "'/x/order.txt' is not a CMS order file: order.txt line 3: columns 1-5 must hold the order number."
    /// </summary>
    public static IcdTerminology Resolve(string? orderFile)
    {
        if (string.IsNullOrWhiteSpace(orderFile))
        {
            return IcdTerminology.Embedded;
        }
        if (!File.Exists(orderFile))
        {
            throw new InvalidDataException($"'{orderFile}' does not exist.");
        }
        try
        {
            return IcdTerminology.Embedded.WithCatalog(IcdCatalog.Load(orderFile));
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"'{orderFile}' is not a CMS order file: {error.Message}", error);
        }
    }
}
