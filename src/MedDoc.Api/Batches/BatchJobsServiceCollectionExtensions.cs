using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using MedDoc.Api.Infrastructure;
using MedDoc.Api.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Batches;

/// <summary>
/// Registers batches: the request reader, the job, the queries, and Hangfire's storage in the
/// database <c>DB_URL</c> names (PostgreSQL: schema "hangfire" beside the app's tables; SQLite: a
/// "*.jobs.db" file beside the app's file). Storage, client and activator are this host's own
/// instances, not Hangfire's process-wide statics. See docs/decisions/006-batch-jobs.md.
/// </summary>
public static class BatchJobsServiceCollectionExtensions
{
    public static IServiceCollection AddBatches(this IServiceCollection services, bool workerMode)
    {
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();
        services.AddOptions<BatchOptions>().Validate(options => !workerMode || options.Workers > 0,
            $"{EnvironmentVariables.BatchWorkers} must be 1 or more in {WorkerMode.Argument} mode");
        services.AddSingleton(provider => CreateStorage(
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Url,
            provider.GetRequiredService<IOptions<BatchOptions>>().Value));
        services.AddSingleton<IBackgroundJobClient>(provider => new BackgroundJobClient(provider.GetRequiredService<JobStorage>()));
        services.AddSingleton<ScopedJobActivator>();
        services.AddHostedService<BatchJobServer>();
        services.AddScoped<BatchQueue>();
        services.AddScoped<BatchReceiver>();
        services.AddScoped<BatchRequestReader>();
        services.AddSingleton<S3ImportFolder>();
        services.AddScoped<BatchProcessor>();
        services.AddScoped<BatchService>();
        services.AddScoped<BatchResultsWriter>();
        services.AddScoped<BatchFhirWriter>();
        services.AddScoped<IStorageKeyOwner, BatchItemStorageKeys>();
        return services;
    }

    private static JobStorage CreateStorage(DatabaseUrl url, BatchOptions options)
    {
        if (url.Provider == DatabaseProvider.PostgreSql)
        {
            var postgres = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = TimeSpan.FromSeconds(1),
                InvisibilityTimeout = options.JobTimeout,
                UseSlidingInvisibilityTimeout = true,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(url.ConnectionString, postgres), postgres);
        }
        return new SQLiteStorage(SqliteJobsPath(url), new SQLiteStorageOptions
        {
            QueuePollInterval = TimeSpan.FromSeconds(1),
            InvisibilityTimeout = options.JobTimeout,
        });
    }

    /// <summary>"./app.db" → "./app.jobs.db"; an in-memory database (tests) gets a file in the temp folder.</summary>
    public static string SqliteJobsPath(DatabaseUrl url)
    {
        var builder = new SqliteConnectionStringBuilder(url.ConnectionString);
        if (builder.Mode == SqliteOpenMode.Memory)
        {
            return Path.Combine(Path.GetTempPath(), $"meddoc-jobs-{string.Concat(builder.DataSource.Where(char.IsLetterOrDigit))}.db");
        }
        var path = Path.GetFullPath(builder.DataSource);
        return Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ".jobs.db");
    }
}
