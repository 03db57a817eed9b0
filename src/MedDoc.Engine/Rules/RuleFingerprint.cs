using System.Security.Cryptography;
using System.Text;

namespace MedDoc.Engine.Rules;

/// <summary>
/// 12 hex digits of SHA-256 over every rule file's name and bytes, in name order: the same rules give the same
/// fingerprint on every machine, and changing one byte of one rule changes it.
/// </summary>
internal static class RuleFingerprint
{
    private const int HexDigits = 12;

    /// <summary>The fingerprint of the rule files embedded in the engine.</summary>
    public static string Embedded { get; } = Of(RuleResources.All.Select(name => (name, ReadAll(name))));

    /// <summary>The fingerprint of <paramref name="files"/> (name, content); their order does not matter.</summary>
    public static string Of(IEnumerable<(string Name, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in files.OrderBy(file => file.Name, StringComparer.Ordinal))
        {
            // Length-prefixed name and content, so moving bytes from one file to the next changes the hash.
            var nameBytes = Encoding.UTF8.GetBytes(name);
            sha.AppendData(BitConverter.GetBytes(nameBytes.Length));
            sha.AppendData(nameBytes);
            sha.AppendData(BitConverter.GetBytes(content.LongLength));
            sha.AppendData(content);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset())[..HexDigits];
    }

    private static byte[] ReadAll(string name)
    {
        using var stream = RuleResources.Open(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
