extern alias api;

using MedDoc.Api.Tests.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace MedDoc.Cli.Tests.Support;

/// <summary>
/// The real MedDoc API on Kestrel (127.0.0.1, a free port) with its own SQLite file and storage folder: in local mode,
/// or with identity configured and bearer tokens from a <see cref="TestIssuer"/>. What <c>meddoc keys</c> talks to.
/// </summary>
internal sealed class LiveMedDocApi : WebApplicationFactory<api::Program>
{
    private readonly string _directory = TestPaths.TempDirectory();

    private LiveMedDocApi(TestIssuer? issuer) => Issuer = issuer;

    /// <summary>The issuer the API trusts, or null in local mode.</summary>
    public TestIssuer? Issuer { get; }

    /// <summary>e.g. http://127.0.0.1:41234/api</summary>
    public string ApiBase { get; private set; } = string.Empty;

    public static Task<LiveMedDocApi> StartLocalAsync() => Task.FromResult(Start(new LiveMedDocApi(null)));

    public static async Task<LiveMedDocApi> StartWithIdentityAsync() => Start(new LiveMedDocApi(await TestIssuer.StartAsync()));

    /// <summary>An admin's access token in tenant-a (identity mode only).</summary>
    public string AdminToken(string tenant = "tenant-a") => Issuer!.Mint(subject: "admin-1", tenant: tenant, roles: ["admin"]);

    private static LiveMedDocApi Start(LiveMedDocApi api)
    {
        api.UseKestrel();
        api.StartServer();
        using var client = api.CreateClient();
        api.ApiBase = client.BaseAddress!.AbsoluteUri.TrimEnd('/') + "/api";
        return api;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("DB_URL", "sqlite:///" + Path.Combine(_directory, "meddoc.db"));
        builder.UseSetting("STORAGE_DIR", Path.Combine(_directory, "storage"));
        builder.UseSetting("WEB_DIST_DIR", Path.Combine(_directory, "no-web-ui"));
        builder.UseSetting("ORPHAN_SWEEP_INTERVAL_MINUTES", "0");
        if (Issuer is not null)
        {
            builder.UseSetting("OIDC_AUTHORITY", Issuer.Url);
            builder.UseSetting("OIDC_AUDIENCE", TestIssuer.Audience);
        }
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Issuer is not null)
        {
            await Issuer.DisposeAsync();
        }
        Directory.Delete(_directory, recursive: true);
    }
}
