namespace MedDoc.HostileInput;

/// <summary>Samples a process's resident memory every few milliseconds until disposed and keeps the peak.</summary>
public sealed class PeakMemorySampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly ProcessProbe _probe;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    public PeakMemorySampler(ProcessProbe probe)
    {
        _probe = probe;
        _peak = probe.ResidentBytes();
        _sampling = Task.Run(SampleAsync);
    }

    public long PeakBytes => Interlocked.Read(ref _peak);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var now = _probe.ResidentBytes();
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }
            try
            {
                await Task.Delay(Interval, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
