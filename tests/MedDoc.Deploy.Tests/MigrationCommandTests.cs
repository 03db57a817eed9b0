using System.Text;
using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// The api image's entry point with `--migrate`, as the migration Job runs it: it applies the
/// migrations and exits, and it accepts each overlay's real settings (the ConfigMap and the
/// Secret's sample keys) through the API's own start-up validation.
/// </summary>
public sealed class MigrationCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("meddoc-migrate-").FullName;

    public static TheoryData<string> Overlays => new(Kustomize.Overlays);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void MigrateAppliesPendingMigrationsThenExitsWithoutServing()
    {
        var first = RunApi(new Dictionary<string, string?> { ["DB_URL"] = SqliteUrl() });
        var second = RunApi(new Dictionary<string, string?> { ["DB_URL"] = SqliteUrl() });

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Matches("migrate: applied [1-9][0-9]* pending migration", first.StandardOutput);
        Assert.True(File.Exists(Path.Combine(_dir, "app.db")));
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("migrate: applied 0 pending migration", second.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void OverlaySettingsPassTheApisStartupValidation(string overlay)
    {
        var result = RunApi(OverlaySettings(overlay));

        Assert.True(result.ExitCode == 0, $"{overlay}: {result.Output}");
    }

    [Fact]
    public void MalformedSettingIsRejectedByTheSameCheck()
    {
        var settings = OverlaySettings("dev");
        settings["LLM_ROUTING"] = "sometimes";

        var result = RunApi(settings);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("LLM_ROUTING", result.Output, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> OverlaySettings(string overlay)
    {
        var manifests = Kustomize.Render(overlay);
        var settings = new Dictionary<string, string?>(manifests.Generated("ConfigMap", "api-config").StringMap("data").ToDictionary(kv => kv.Key, kv => (string?)kv.Value));
        foreach (var (key, value) in manifests.Generated("Secret", "api-secrets").StringMap("data"))
        {
            settings[key] = Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }

        // The overlay's PostgreSQL is not reachable from a test: same settings, a local database.
        settings["DB_URL"] = SqliteUrl();
        settings["STORAGE_DIR"] = Path.Combine(_dir, "documents");
        return settings;
    }

    private string SqliteUrl() => "sqlite:///" + Path.Combine(_dir, "app.db");

    private ProcessResult RunApi(Dictionary<string, string?> settings)
    {
        // Only the given settings: nothing the test host happens to have set leaks in.
        var environment = AppEnvironment.Read.Concat(AppEnvironment.Framework).ToDictionary(n => n, _ => (string?)null);
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var api = Path.Combine(AppContext.BaseDirectory, "MedDoc.Api.dll");
        return Processes.Run("dotnet", [api, "--migrate"], workingDirectory: _dir, environment: environment, deadlineSeconds: 120);
    }
}
