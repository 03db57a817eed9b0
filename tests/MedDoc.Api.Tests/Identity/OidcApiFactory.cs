using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Identity;

/// <summary>The API on in-memory SQLite with identity configured: bearer tokens from a <see cref="TestIssuer"/>.</summary>
public sealed class OidcApiFactory : SqliteApiFactory
{
    protected override bool WithIdentityProvider => true;
}
