using Microsoft.Data.Sqlite;

namespace MedDoc.Api.Tests.Infrastructure;

/// <summary>The API on a shared in-memory SQLite database, held open for the factory's lifetime.</summary>
public class SqliteApiFactory : MedDocApiFactory
{
    private readonly string _name = $"meddoc-test-{Guid.NewGuid():N}";
    private readonly SqliteConnection _keepAlive;

    public SqliteApiFactory()
    {
        _keepAlive = new SqliteConnection($"Data Source={_name};Mode=Memory;Cache=Shared");
        _keepAlive.Open();
    }

    protected override string DbUrl => $"sqlite:///{_name}?mode=memory";

    protected override Task DropDatabaseAsync()
    {
        _keepAlive.Dispose();
        return Task.CompletedTask;
    }
}
