using System.Diagnostics;

namespace MedDoc.Evaluation.Reports;

/// <summary>The commit being evaluated, from <c>git rev-parse HEAD</c>; "unknown" without git or a repository.</summary>
public static class GitInfo
{
    /// <summary>The current commit hash or "unknown".</summary>
    public static string CurrentCommit(string? workingDirectory = null)
    {
        try
        {
            var start = new ProcessStartInfo("git", "rev-parse HEAD")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return "unknown";
            }
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit(5000);
            return process.ExitCode == 0 && output.Length >= 7 ? output : "unknown";
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return "unknown";
        }
    }
}
