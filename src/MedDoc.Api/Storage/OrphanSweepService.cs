using Microsoft.Extensions.Options;

namespace MedDoc.Api.Storage;

/// <summary>
/// Runs the <see cref="OrphanSweep"/> shortly after start-up and then every interval. Every replica may
/// run it: a sweep only removes files nothing owns, so two sweeps at once remove nothing twice. A failed
/// sweep (database or store unreachable) is logged and tried again at the next interval.
/// </summary>
public sealed class OrphanSweepService(
    IServiceScopeFactory scopes,
    IOptions<OrphanSweepOptions> options,
    TimeProvider clock,
    ILogger<OrphanSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Orphan sweep is off ({Variable}=0)", "ORPHAN_SWEEP_INTERVAL_MINUTES");
            return;
        }
        try
        {
            await Task.Delay(settings.StartDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(settings.Interval, clock);
            do
            {
                await SweepOnceAsync(settings.Grace, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SweepOnceAsync(TimeSpan grace, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sweep = scope.ServiceProvider.GetRequiredService<OrphanSweep>();
            await sweep.RunAsync(clock.GetUtcNow() - grace, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Orphan sweep failed ({ExceptionType}); it runs again at the next interval", exception.GetType().Name);
        }
    }
}
