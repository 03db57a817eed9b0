namespace MedDoc.Api.Identity;

/// <summary>The claim types every authenticated caller carries, whatever proved who it is.</summary>
public static class MedDocClaims
{
    /// <summary>The caller's unique id: the token's "sub", "local", or "key:ID" for an API key.</summary>
    public const string Subject = "sub";

    /// <summary>The tenant whose documents the caller sees.</summary>
    public const string Tenant = "meddoc:tenant";

    /// <summary>The id of the API key that authenticated the caller.</summary>
    public const string KeyId = "meddoc:key_id";

    /// <summary>How the caller was authenticated: local, oidc or api_key.</summary>
    public const string Method = "meddoc:auth_method";

    /// <summary>Role claims after normalisation (the configured claim is copied here).</summary>
    public const string Role = "meddoc:role";
}
