using System.Globalization;

namespace MedDoc.HostileInput;

/// <summary>
/// Reads another process's resident memory and CPU time from /proc (Linux), the numbers the
/// issue's targets are stated in: working-set growth and CPU that stops after a disconnect.
/// </summary>
public sealed class ProcessProbe(int pid)
{
    private static readonly double TicksPerSecond = 100.0;

    public int Pid { get; } = pid;

    /// <summary>Resident set size in bytes (VmRSS).</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }
        throw new InvalidOperationException($"/proc/{Pid}/status has no VmRSS line");
    }

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // Fields after the command name (which may contain spaces) start after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    public bool IsAlive => File.Exists($"/proc/{Pid}/stat");
}
