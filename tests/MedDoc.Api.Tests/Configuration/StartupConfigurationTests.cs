using MedDoc.Api.Tests.Process;

namespace MedDoc.Api.Tests.Configuration;

/// <summary>A malformed setting stops the real process with one line naming the variable and a non-zero exit code.</summary>
public sealed class StartupConfigurationTests
{
    [Theory]
    [InlineData("MAX_UPLOAD_MB", "ten")]
    [InlineData("MAX_TEXT_CHARS", "-5")]
    [InlineData("DB_URL", "mysql://root@localhost/meddoc")]
    [InlineData("DB_MIGRATE_ON_START", "perhaps")]
    [InlineData("ALLOW_ORIGINS", "not a url")]
    [InlineData("USE_CLAUDE_REAL", "true")]
    [InlineData("S3_ENDPOINT_URL", "ftp://example.invalid")]
    [InlineData("ICD10CM_ORDER_FILE", "/nonexistent/icd10cm_order_2099.txt")]
    [InlineData("OIDC_AUTHORITY", "not a url")]
    [InlineData("OIDC_AUTHORITY", "http://idp.example.com")]
    [InlineData("OIDC_AUTHORITY", "https://idp.example.com")]
    [InlineData("OIDC_AUDIENCE", "meddoc-api")]
    [InlineData("RATE_LIMIT_BURST", "0")]
    public async Task MalformedSettingStopsStartupWithOneLineNamingIt(string variable, string value)
    {
        var directory = Directory.CreateTempSubdirectory("meddoc-config-test-").FullName;
        try
        {
            await using var api = ApiProcess.Start(new Dictionary<string, string>
            {
                ["DB_URL"] = $"sqlite:///{directory}/app.db",
                ["STORAGE_DIR"] = Path.Combine(directory, "documents"),
                [variable] = value,
            });

            Assert.True(await api.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the process kept running");
            Assert.NotEqual(0, api.ExitCode);
            var lines = api.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var line = Assert.Single(lines);
            Assert.Contains(variable == "USE_CLAUDE_REAL" ? "ANTHROPIC_API_KEY" : variable, line);
            Assert.DoesNotContain("   at ", api.StandardOutput);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:{0}")]
    [InlineData("http://127.0.0.1:{0};http://[::]:{0}")]
    public async Task LocalModeRefusesToListenBeyondLoopbackNamingWhatToSet(string urls)
    {
        var directory = Directory.CreateTempSubdirectory("meddoc-config-test-").FullName;
        try
        {
            await using var api = ApiProcess.Start(new Dictionary<string, string>
            {
                ["DB_URL"] = $"sqlite:///{directory}/app.db",
                ["STORAGE_DIR"] = Path.Combine(directory, "documents"),
                ["ASPNETCORE_URLS"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, urls, ApiProcess.FreePort()),
            });

            Assert.True(await api.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the process kept running");
            Assert.Equal(2, api.ExitCode);
            var line = Assert.Single(api.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith("meddoc-api: configuration error: OIDC_AUTHORITY", line);
            Assert.Contains("OIDC_AUDIENCE", line);
            Assert.Contains("loopback", line);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task MalformedOrderFileStopsStartupWithOneLineNamingTheFileAndLine()
    {
        var directory = Directory.CreateTempSubdirectory("meddoc-config-test-").FullName;
        try
        {
            var orderFile = Path.Combine(directory, "icd10cm_order_2099.txt");
            File.WriteAllText(orderFile, "00001 A00     0 Cholera\r\n");
            await using var api = ApiProcess.Start(new Dictionary<string, string>
            {
                ["DB_URL"] = $"sqlite:///{directory}/app.db",
                ["STORAGE_DIR"] = Path.Combine(directory, "documents"),
                ["ICD10CM_ORDER_FILE"] = orderFile,
            });

            Assert.True(await api.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the process kept running");
            Assert.NotEqual(0, api.ExitCode);
            var line = Assert.Single(api.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains("ICD10CM_ORDER_FILE", line);
            Assert.Contains("icd10cm_order_2099.txt line 1", line);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ValidSettingsStartAndMigrateAFreshSqliteDatabase()
    {
        var directory = Directory.CreateTempSubdirectory("meddoc-config-test-").FullName;
        try
        {
            await using var api = ApiProcess.Start(new Dictionary<string, string>
            {
                ["DB_URL"] = $"sqlite:///{directory}/app.db",
                ["STORAGE_DIR"] = Path.Combine(directory, "documents"),
                ["ALLOW_ORIGINS"] = "http://localhost:5173/, http://127.0.0.1:5173",
                ["MAX_UPLOAD_MB"] = "5",
            });
            await api.WaitUntilHealthyAsync();
            using var client = new HttpClient { BaseAddress = api.BaseAddress };

            var ready = await client.GetAsync("/ready");

            Assert.Equal(200, (int)ready.StatusCode);
            Assert.True(File.Exists(Path.Combine(directory, "app.db")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task MigrateFlagAppliesMigrationsThenExitsEvenWithMigrateOnStartOff()
    {
        var directory = Directory.CreateTempSubdirectory("meddoc-config-test-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["DB_URL"] = $"sqlite:///{directory}/app.db",
                ["STORAGE_DIR"] = Path.Combine(directory, "documents"),
                ["DB_MIGRATE_ON_START"] = "false",
            };
            await using var first = ApiProcess.Start(environment, arguments: ["--migrate"]);
            Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the migration run kept running");
            await using var second = ApiProcess.Start(environment, arguments: ["--migrate"]);
            Assert.True(await second.WaitForExitAsync(TimeSpan.FromSeconds(60)), "the migration run kept running");

            Assert.Equal(0, first.ExitCode);
            Assert.Matches("migrate: applied [1-9][0-9]* pending migration", first.StandardOutput);
            Assert.Equal(0, second.ExitCode);
            Assert.Contains("migrate: applied 0 pending migration", second.StandardOutput);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
