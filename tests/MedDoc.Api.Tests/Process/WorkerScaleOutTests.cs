using System.Text.Json;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Tests.Batches;
using MedDoc.Api.Tests.Infrastructure;
using Npgsql;

namespace MedDoc.Api.Tests.Process;

/// <summary>
/// Scale-out on a real PostgreSQL: one API process that runs no jobs (BATCH_WORKERS=0) receives a
/// 5,000-document batch and three `--worker` processes share it; every document is stored exactly
/// once, none is skipped, and each worker took part. See docs/decisions/006-batch-jobs.md.
/// </summary>
public sealed class WorkerScaleOutTests : IAsyncLifetime
{
    private const int Documents = 5000;
    private readonly string _database = $"meddoc_scale_{Guid.NewGuid():N}";
    private readonly string _storage = Directory.CreateTempSubdirectory("meddoc-scale-").FullName;
    private string? _serverUrl;

    public async Task InitializeAsync()
    {
        if (TestEnvironment.RequireOrSkip(TestEnvironment.PostgresUrl, TestEnvironment.PostgresUrlVariable) is not null)
        {
            return;
        }
        _serverUrl = TestEnvironment.PostgresUrl!;
        await ExecuteAsync(_serverUrl, $"CREATE DATABASE \"{_database}\"");
    }

    public async Task DisposeAsync()
    {
        if (_serverUrl is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_serverUrl, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }
        Directory.Delete(_storage, recursive: true);
    }

    [SkippableFact]
    public async Task ThreeWorkerProcessesShareOneBatchWithNoDocumentStoredTwiceOrSkipped()
    {
        Skip.If(_serverUrl is null, TestEnvironment.RequireOrSkip(TestEnvironment.PostgresUrl, TestEnvironment.PostgresUrlVariable));
        var dbUrl = new UriBuilder(_serverUrl!) { Path = "/" + _database }.Uri.ToString();
        var environment = new Dictionary<string, string>
        {
            [EnvironmentVariables.DbUrl] = dbUrl,
            [EnvironmentVariables.StorageDir] = _storage,
            // The test follows the batch every 100 ms: about one caller's whole request budget.
            [EnvironmentVariables.RateLimitPerMinute] = "0",
            [EnvironmentVariables.TenantRateLimitPerMinute] = "0",
        };
        await using var api = ApiProcess.Start(new Dictionary<string, string>(environment) { [EnvironmentVariables.BatchWorkers] = "0" });
        await api.WaitUntilHealthyAsync();
        var workers = new List<ApiProcess>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                workers.Add(ApiProcess.Start(new Dictionary<string, string>(environment)
                {
                    [EnvironmentVariables.BatchWorkers] = "2",
                    [EnvironmentVariables.DbMigrateOnStart] = "false",
                }, arguments: ["--worker"]));
            }
            await Task.WhenAll(workers.Select(worker => worker.WaitUntilHealthyAsync()));
            using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            Assert.Equal(404, (int)(await new HttpClient { BaseAddress = workers[0].BaseAddress }.GetAsync("/api/batches")).StatusCode);

            var documents = Enumerable.Range(0, Documents)
                .Select(index => new { document_text = $"FINDINGS: Cardiomegaly. Note {index}.", filename = $"note-{index:D4}.txt" })
                .ToList();
            var response = await client.PostJsonAsync("/api/batches", new { documents });
            Assert.True(202 == (int)response.StatusCode,
                $"POST /api/batches answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{api.StandardOutput}\n{api.StandardError}");
            var id = (await response.JsonAsync()).GetProperty("id").GetString()!;

            var batch = await client.WaitUntilFinishedAsync(id, seconds: 900);

            Assert.Equal("done", batch.GetProperty("status").GetString());
            Assert.Equal(Documents, batch.GetProperty("done").GetInt32());
            Assert.Equal(0, batch.GetProperty("failed").GetInt32());
            await using var connection = new NpgsqlConnection(DatabaseUrl.Parse(dbUrl).ConnectionString);
            await connection.OpenAsync();
            Assert.Equal(Documents, await ScalarAsync(connection, "SELECT COUNT(*) FROM documents"));
            Assert.Equal(Documents, await ScalarAsync(connection, "SELECT COUNT(DISTINCT filename) FROM documents"));
            Assert.Equal(Documents, await ScalarAsync(connection,
                "SELECT COUNT(*) FROM batch_items i JOIN documents d ON d.id = i.id JOIN analyses a ON a.document_id = d.id WHERE i.status = 'done'"));
            Assert.Equal(Documents, Directory.GetFiles(_storage).Length);
            Assert.Equal(3, (await ProcessingServersAsync(connection)).Count);
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
    }

    /// <summary>The Hangfire servers that ran at least one job (from the jobs' Processing states).</summary>
    private static async Task<HashSet<string>> ProcessingServersAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT data::text FROM hangfire.state WHERE name = 'Processing'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var servers = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var data = JsonDocument.Parse(reader.GetString(0)).RootElement;
            servers.Add(data.GetProperty("ServerId").GetString()!.Split(':')[1]);
        }
        return servers;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string url, string sql)
    {
        await using var connection = new NpgsqlConnection(DatabaseUrl.Parse(url).ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
