using System.Runtime.InteropServices;

namespace MedDoc.Benchmarks;

/// <summary>
/// The CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; NaN elsewhere). Unlike wall
/// time it does not grow while the thread waits for a core, and unlike the process's CPU time it leaves out the
/// runtime's background threads (tiered compilation, background GC).
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    /// <summary>Microseconds of CPU this thread has used.</summary>
    public static double Microseconds() =>
        OperatingSystem.IsLinux() && NativeMethods.clock_gettime(ThreadCpuTimeClock, out var time) == 0
            ? time.Seconds * 1e6 + time.Nanoseconds / 1e3
            : double.NaN;

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = false)]
        internal static extern int clock_gettime(int clock, out TimeSpec time);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
