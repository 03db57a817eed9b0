namespace MedDoc.E2E.Infrastructure;

/// <summary>
/// A browser test that also needs the OpenID provider (node and tests/MedDoc.E2E/oidc's packages): skipped
/// locally when anything is missing, run (and so failed, naming what is missing) when CI=true.
/// </summary>
public sealed class OidcE2EFactAttribute : FactAttribute
{
    public OidcE2EFactAttribute()
    {
        if (!E2EEnvironment.IsCi && (E2EEnvironment.MissingPrerequisite() ?? OidcProviderProcess.MissingPrerequisite()) is { } missing)
        {
            Skip = $"End-to-end prerequisites missing: {missing}. Set CI=true to fail instead.";
        }
    }
}
