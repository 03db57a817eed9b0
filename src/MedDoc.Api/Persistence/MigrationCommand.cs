using Microsoft.EntityFrameworkCore;

namespace MedDoc.Api.Persistence;

/// <summary>
/// `dotnet MedDoc.Api.dll --migrate`: applies the pending migrations of the provider DB_URL names
/// and exits (0 applied, 1 failed) without serving. The Kubernetes migration Job runs the api
/// image this way once per release, before the new pods start (deploy/k8s/base/migrate-job.yaml).
/// </summary>
public static class MigrationCommand
{
    public const string Argument = "--migrate";

    public static bool IsRequested(IEnumerable<string> args) => args.Contains(Argument, StringComparer.Ordinal);

    public static async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await app.ApplyMigrationsAsync(cancellationToken);
            Console.WriteLine($"migrate: applied {pending} pending migration(s)");
            return 0;
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
        {
            Console.Error.WriteLine($"migrate: failed: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
