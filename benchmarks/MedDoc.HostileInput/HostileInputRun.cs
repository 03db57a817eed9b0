using System.Diagnostics;
using MedDoc.Testing;

namespace MedDoc.HostileInput;

/// <summary>Sends each hostile case to a running API and measures its answers, time, memory and CPU.</summary>
public sealed class HostileInputRun(HttpClient client, ProcessProbe server)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan QuietWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan QuietCpu = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A PDF inside every budget that still takes the server seconds to read: 400 pages sharing one
    /// content stream of a short line and 150 KB of padding (60 MB decoded, under the 64 MB budget).
    /// </summary>
    public static byte[] SlowButAllowedPdf() => HostilePdf.PaddedPages(400, 150 * 1024);

    /// <summary>One analysis and one small PDF upload, so the engine and the PDF reader are loaded before the first row.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        using var analysis = await client.PostAsync("/api/analyze",
            new StringContent("{\"document_text\":\"FINDINGS: Cardiomegaly.\"}", System.Text.Encoding.UTF8, "application/json"), cancellationToken);
        analysis.EnsureSuccessStatusCode();
        using var pdf = await client.PostAsync("/api/documents", PdfForm(HostilePdf.Pages(1, "FINDINGS: Cardiomegaly.")), cancellationToken);
        pdf.EnsureSuccessStatusCode();
    }

    public async Task<CaseResult> RunAsync(HostileCase hostile, CancellationToken cancellationToken)
    {
        var baseline = server.ResidentBytes();
        IReadOnlyList<HttpResponseMessage> responses;
        var clock = Stopwatch.StartNew();
        await using (var sampler = new PeakMemorySampler(server))
        {
            responses = await hostile.SendAsync(client, cancellationToken);
            clock.Stop();
            await Task.Delay(Settle, cancellationToken);
            var result = new CaseResult(
                hostile,
                [.. responses.Select(response => (int)response.StatusCode)],
                clock.Elapsed,
                baseline,
                sampler.PeakBytes,
                server.ResidentBytes(),
                responses.All(hostile.Accepts));
            foreach (var response in responses)
            {
                response.Dispose();
            }
            return result;
        }
    }

    /// <summary>
    /// Sends <paramref name="pdf"/> once to the end to learn how long it takes, then again and leaves
    /// after <paramref name="leaveAfter"/>; measures how long the server's CPU stays busy after that.
    /// </summary>
    public async Task<DisconnectResult> MeasureDisconnectAsync(string input, byte[] pdf, TimeSpan leaveAfter, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var uncancelled = await client.PostAsync("/api/documents", PdfForm(pdf), cancellationToken);
        var uncancelledElapsed = clock.Elapsed;
        await Task.Delay(Settle, cancellationToken);

        using var leave = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        leave.CancelAfter(leaveAfter);
        clock.Restart();
        try
        {
            using var abandoned = await client.PostAsync("/api/documents", PdfForm(pdf), leave.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The client left, as intended.
        }
        var leftAt = clock.Elapsed;
        return new DisconnectResult(input, leftAt, await QuietAfterAsync(cancellationToken), uncancelledElapsed, (int)uncancelled.StatusCode);
    }

    /// <summary>Time until a one-second window in which the server used less than 0.1 s of CPU; null if that never happens within a minute.</summary>
    private async Task<TimeSpan?> QuietAfterAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < GiveUp)
        {
            var windowStart = clock.Elapsed;
            var before = server.CpuTime();
            await Task.Delay(QuietWindow, cancellationToken);
            if (server.CpuTime() - before < QuietCpu)
            {
                return windowStart;
            }
        }
        return null;
    }

    private static MultipartFormDataContent PdfForm(byte[] pdf)
    {
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "slow.pdf" } };
    }
}
