namespace MedDoc.Api.Infrastructure;

/// <summary>The database engines <c>DB_URL</c> can name.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
