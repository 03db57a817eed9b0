using MedDoc.Api.Identity;
using MedDoc.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MedDoc.Api.Tests.Identity;

/// <summary>Every API endpoint states who may call it: a role policy, or an explicit anonymous allowance.</summary>
public sealed class EndpointAuthorizationTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    /// <summary>Endpoints under /api that anyone may call, and why.</summary>
    private static readonly IReadOnlyDictionary<string, string> Anonymous = new Dictionary<string, string>
    {
        ["/api/auth/config"] = "the UI reads it before it can sign in",
    };

    [Fact]
    public void EveryApiEndpointRequiresAPolicyOrIsDeliberatelyAnonymous()
    {
        factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!;
            if (Anonymous.ContainsKey(route))
            {
                Assert.NotNull(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
                continue;
            }
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                Assert.Fail($"{route} allows anonymous callers but is not on the list of anonymous endpoints");
            }
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).ToList();
            Assert.True(policies.Count > 0, $"{route} has no authorization");
            Assert.All(policies.OfType<string>(), policy => Assert.Contains(policy, Policies.AllowedRoles.Keys));
        }
    }
}
