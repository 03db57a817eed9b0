using System.Security.Cryptography;
using System.Text;

namespace MedDoc.Fhir.Resources;

/// <summary>
/// Deterministic resource ids: a UUID (version 8, name-based on SHA-256) of the document's key and the resource's
/// key, so exporting the same analysis twice gives the same ids and an EHR can update instead of duplicating.
/// Example: ("document 0190…", "Condition/J90") → "3f2a…".
/// </summary>
internal sealed class ResourceIds(string documentKey)
{
    /// <summary>The id of the resource <paramref name="resourceKey"/> ("Patient", "Observation/3").</summary>
    public string For(string resourceKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(documentKey + "\n" + resourceKey));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }

    /// <summary>The urn:uuid reference of <paramref name="id"/>, the entry's fullUrl.</summary>
    public static string FullUrl(string id) => "urn:uuid:" + id;
}
