using MedDoc.Api.Infrastructure;
using Npgsql;

namespace MedDoc.Api.Tests.Infrastructure;

/// <summary>
/// The API on its own fresh database on the test PostgreSQL server (MEDDOC_TEST_POSTGRES_URL);
/// skipped locally when the variable is missing, failed when CI=true.
/// </summary>
public class PostgresApiFactory : MedDocApiFactory
{
    private readonly string _database = $"meddoc_test_{Guid.NewGuid():N}";
    private string? _serverUrl;

    protected override string DbUrl =>
        _serverUrl is null ? "sqlite:///unused?mode=memory" : ReplaceDatabase(_serverUrl, _database);

    protected override async Task InitializeDatabaseAsync()
    {
        SkipReason = TestEnvironment.RequireOrSkip(TestEnvironment.PostgresUrl, TestEnvironment.PostgresUrlVariable);
        if (SkipReason is not null)
        {
            return;
        }
        _serverUrl = TestEnvironment.PostgresUrl!;
        await using var connection = new NpgsqlConnection(ConnectionStringOf(_serverUrl));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_serverUrl is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionStringOf(_serverUrl));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string ConnectionStringOf(string url) => DatabaseUrl.Parse(url).ConnectionString;

    private static string ReplaceDatabase(string url, string database)
    {
        var uri = new UriBuilder(url) { Path = "/" + database };
        return uri.Uri.ToString();
    }
}
