using Microsoft.Data.Sqlite;
using Npgsql;

namespace MedDoc.Api.Infrastructure;

/// <summary>
/// A parsed <c>DB_URL</c>: <c>sqlite:///./app.db</c>, <c>sqlite:////abs/path.db</c>,
/// <c>sqlite:///name?mode=memory</c> (a shared in-memory database, for tests) or
/// <c>postgresql://user:pass@host:port/db[?sslmode=require]</c>.
/// </summary>
public sealed record DatabaseUrl(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Parses <paramref name="url"/> or throws <see cref="FormatException"/>.</summary>
    public static DatabaseUrl Parse(string url) =>
        TryParse(url, out var parsed, out var problem) ? parsed : throw new FormatException(problem);

    /// <summary>Parses <paramref name="url"/>; <paramref name="problem"/> says what is wrong (never the password).</summary>
    public static bool TryParse(string url, out DatabaseUrl parsed, out string problem)
    {
        parsed = null!;
        problem = string.Empty;
        if (url.StartsWith("sqlite:///", StringComparison.OrdinalIgnoreCase))
        {
            return TryParseSqlite(url["sqlite:///".Length..], out parsed, out problem);
        }
        if (url.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            return TryParsePostgres(url, out parsed, out problem);
        }
        problem = "must be sqlite:///PATH or postgresql://user:pass@host:port/db";
        return false;
    }

    private static bool TryParseSqlite(string rest, out DatabaseUrl parsed, out string problem)
    {
        parsed = null!;
        problem = string.Empty;
        var query = rest.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? rest : rest[..query];
        if (path.Length == 0)
        {
            problem = "the sqlite URL has no file path (sqlite:///./app.db)";
            return false;
        }
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true };
        if (query >= 0)
        {
            if (!string.Equals(rest[(query + 1)..], "mode=memory", StringComparison.OrdinalIgnoreCase))
            {
                problem = "the only sqlite option is ?mode=memory";
                return false;
            }
            builder.Mode = SqliteOpenMode.Memory;
            builder.Cache = SqliteCacheMode.Shared;
        }
        parsed = new DatabaseUrl(DatabaseProvider.Sqlite, builder.ToString());
        return true;
    }

    private static bool TryParsePostgres(string url, out DatabaseUrl parsed, out string problem)
    {
        parsed = null!;
        problem = "must be postgresql://user:pass@host:port/db";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return false;
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0)
        {
            problem = "the postgresql URL names no database (postgresql://user:pass@host:port/db)";
            return false;
        }
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = database,
            Username = userInfo[0].Length > 0 ? Uri.UnescapeDataString(userInfo[0]) : null,
            Password = userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : null,
        };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, Uri.UnescapeDataString(v)) : (pair, string.Empty);
            if (!string.Equals(key, "sslmode", StringComparison.OrdinalIgnoreCase) || !Enum.TryParse<SslMode>(value, ignoreCase: true, out var sslMode))
            {
                problem = $"unsupported postgresql URL option '{key}' (only sslmode=disable|prefer|require|verify-ca|verify-full)";
                return false;
            }
            builder.SslMode = sslMode;
        }
        parsed = new DatabaseUrl(DatabaseProvider.PostgreSql, builder.ToString());
        problem = string.Empty;
        return true;
    }

    /// <summary>Never print the connection string: it may hold a password.</summary>
    public override string ToString() => $"{Provider} database";
}
