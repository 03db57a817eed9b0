using System.Text.RegularExpressions;

namespace MedDoc.Api.Storage;

/// <summary>Storage keys are generated from document ids ("3f2a….pdf"), never from client input.</summary>
public static partial class StorageKeys
{
    public static string For(Guid id, string extension) => $"{id:N}{extension}";

    /// <summary>Throws for anything but the generated shape, so a key can never walk out of the store.</summary>
    public static string Validate(string key) =>
        IsValid(key) ? key : throw new ArgumentException("Invalid storage key.", nameof(key));

    /// <summary>True for the generated shape only; a listing skips anything else it finds in the store.</summary>
    public static bool IsValid(string key) => KeyPattern().IsMatch(key);

    [GeneratedRegex("^[0-9a-f]{32}(\\.[a-z]{1,5})?$")]
    private static partial Regex KeyPattern();
}
