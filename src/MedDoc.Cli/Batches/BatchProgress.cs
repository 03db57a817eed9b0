namespace MedDoc.Cli.Batches;

/// <summary>
/// Progress of a running batch on the error stream, so the results file or pipe stays clean: a line
/// when the count of finished documents moves and at most every <see cref="Interval"/>, and always
/// the last one. ("batch: 500/1864 documents, 2 failed")
/// </summary>
public sealed class BatchProgress(TextWriter error, int total, TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private int _lastFinished = -1;

    public async Task ReportAsync(int done, int failed, bool final = false)
    {
        var finished = done + failed;
        var now = clock.GetUtcNow();
        if (!final && (finished == _lastFinished || now - _last < Interval))
        {
            return;
        }
        _last = now;
        _lastFinished = finished;
        var percent = total == 0 ? 100 : finished * 100 / total;
        await error.WriteLineAsync($"batch: {finished}/{total} documents ({percent}%), {failed} failed");
    }
}
