using System.Globalization;
using MedDoc.HostileInput;

// Measures issue 15's targets against a running API process (scripts/hostile-input.sh starts one):
// every row of the hostile-input table answered 4xx (or as expected) with no 5xx, each PDF refused in
// ≤ 5 s with ≤ 300 MB growth of the server's resident memory, and the server's CPU quiet within 5 s
// after a client leaves mid-PDF. Exit 0 when every target is met, 1 when one is missed, 2 on bad usage.
if (args.Length != 4 || args[0] != "--api-base" || args[2] != "--pid"
    || !Uri.TryCreate(args[1], UriKind.Absolute, out var apiBase)
    || !int.TryParse(args[3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
{
    await Console.Error.WriteLineAsync("usage: MedDoc.HostileInput --api-base http://127.0.0.1:PORT --pid API_PROCESS_ID");
    return 2;
}
var server = new ProcessProbe(pid);
if (!server.IsAlive)
{
    await Console.Error.WriteLineAsync($"hostile-input: no process {pid} (--pid must be the API's process id)");
    return 2;
}

using var client = new HttpClient { BaseAddress = apiBase, Timeout = TimeSpan.FromMinutes(5) };
var run = new HostileInputRun(client, server);
// Each row measures its own cost, not the first request's: one analysis and one small PDF go first.
await run.WarmUpAsync(CancellationToken.None);

var results = new List<CaseResult>();
foreach (var hostile in HostileCases.All)
{
    results.Add(await run.RunAsync(hostile, CancellationToken.None));
}
var disconnect = await run.MeasureDisconnectAsync(
    "400-page PDF inside every budget (60 MB decoded)", HostileInputRun.SlowButAllowedPdf(), TimeSpan.FromSeconds(1), CancellationToken.None);

Console.Write(HostileInputReport.Markdown(results, disconnect, Environment.ProcessorCount, File.ReadAllText("/proc/loadavg").Split(' ')[0]));
return results.All(result => result.MeetsTargets) && disconnect.MeetsTarget ? 0 : 1;
