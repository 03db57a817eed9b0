using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>Every shell script in the repository (and .ci/run) passes shellcheck.</summary>
public sealed class ShellcheckTests
{
    [Fact]
    public void EveryShellScriptPassesShellcheck()
    {
        var scripts = Repo.ShellScripts();
        var result = Processes.Run(Processes.Require("shellcheck"), ["--external-sources", .. scripts]);

        Assert.Contains(Path.Combine("deploy", "scripts", "eval-gate-or-rollback.sh"), scripts);
        Assert.Contains(Path.Combine("scripts", "test.sh"), scripts);
        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public void DeployScriptsAreExecutableAndStrict()
    {
        foreach (var script in Directory.EnumerateFiles(Repo.PathOf("deploy", "scripts"), "*.sh"))
        {
            Assert.True(File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute), script);
            var text = File.ReadAllText(script);
            Assert.StartsWith("#!/usr/bin/env bash\n", text, StringComparison.Ordinal);
            Assert.Contains("set -", text, StringComparison.Ordinal);
        }
    }
}
