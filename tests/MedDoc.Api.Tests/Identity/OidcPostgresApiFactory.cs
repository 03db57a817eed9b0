using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Identity;

/// <summary>The API on its own PostgreSQL database with identity configured: bearer tokens from a <see cref="TestIssuer"/>.</summary>
public sealed class OidcPostgresApiFactory : PostgresApiFactory
{
    protected override bool WithIdentityProvider => true;
}
