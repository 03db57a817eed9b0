using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MedDoc.Api.Persistence;

/// <summary>
/// Sets <c>PRAGMA synchronous=NORMAL</c> on every SQLite connection the context opens (the setting belongs to the
/// connection, not the file). With the write-ahead log (set at migration) a commit then appends to the log without
/// waiting for the disk; the log is synced at checkpoints. A commit survives the process being killed (kill -9, a
/// crash, an out-of-memory kill); the last commits before a power loss or an operating-system crash may be lost,
/// never half applied. See docs/decisions/006-batch-jobs.md, "Durability on SQLite".
/// </summary>
public sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    public const string Pragma = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
