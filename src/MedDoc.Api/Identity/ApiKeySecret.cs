using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace MedDoc.Api.Identity;

/// <summary>
/// The text of an API key, "mdk_&lt;id&gt;_&lt;secret&gt;": the id (32 hex digits) finds the row, the
/// secret (256 random bits, base64url) proves possession. Only the secret's SHA-256 is stored; a
/// fast hash suffices because the secret is random, not a password (ADR 013).
/// </summary>
public static class ApiKeySecret
{
    public const string Prefix = "mdk_";

    /// <summary>A new key's text and the hash to store.</summary>
    public static (string Key, string Hash) Create(Guid id)
    {
        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}{id:N}_{secret}", Hash(secret));
    }

    /// <summary>Splits "mdk_ID_SECRET"; false for anything else.</summary>
    public static bool TryParse(string text, out Guid id, out string secret)
    {
        id = Guid.Empty;
        secret = string.Empty;
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length < Prefix.Length + 34 || text[Prefix.Length + 32] != '_')
        {
            return false;
        }
        secret = text[(Prefix.Length + 33)..];
        return secret.Length > 0 && Guid.TryParseExact(text.AsSpan(Prefix.Length, 32), "N", out id);
    }

    /// <summary>Lowercase hex SHA-256 of the secret.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="storedHash"/>, in constant time.</summary>
    public static bool Matches(string storedHash, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(Hash(secret)));
}
