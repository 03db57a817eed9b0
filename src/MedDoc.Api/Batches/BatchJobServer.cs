using Hangfire;
using Hangfire.Server;
using MedDoc.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace MedDoc.Api.Batches;

/// <summary>
/// Runs Hangfire's job server for the batch queue in this process with <c>BATCH_WORKERS</c> workers:
/// inside the API by default, alone in <c>--worker</c> mode, not at all when the API sets 0.
/// </summary>
public sealed class BatchJobServer(
    IOptions<BatchOptions> options,
    JobStorage storage,
    ScopedJobActivator activator,
    ILogger<BatchJobServer> logger) : IHostedService, IDisposable
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var workers = options.Value.Workers;
        if (workers == 0)
        {
            logger.LogInformation("Batch jobs: no workers in this process (BATCH_WORKERS=0)");
            return Task.CompletedTask;
        }
        var serverOptions = new BackgroundJobServerOptions
        {
            WorkerCount = workers,
            Queues = [BatchQueue.QueueName],
            ServerName = $"{Environment.MachineName}:{Environment.ProcessId}",
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            ShutdownTimeout = TimeSpan.FromSeconds(20),
            Activator = activator,
        };
        _server = new BackgroundJobServer(serverOptions, storage, Array.Empty<IBackgroundProcess>());
        logger.LogInformation("Batch jobs: {Workers} workers on the {Queue} queue", workers, BatchQueue.QueueName);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null)
        {
            return;
        }
        _server.SendStop();
        await _server.WaitForShutdownAsync(cancellationToken);
    }

    public void Dispose() => _server?.Dispose();
}
