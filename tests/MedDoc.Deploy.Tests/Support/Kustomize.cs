using System.Collections.Concurrent;

namespace MedDoc.Deploy.Tests.Support;

/// <summary>
/// Renders an overlay with the real `kubectl kustomize`, from a temporary copy of deploy/k8s in
/// which the overlay's git-ignored secrets.env is the committed secrets.env.sample.
/// </summary>
public static class Kustomize
{
    public static readonly string[] Overlays = ["dev", "prod"];

    private static readonly ConcurrentDictionary<string, Lazy<Manifests>> Cache = new();

    public static Manifests Render(string overlay) =>
        Cache.GetOrAdd(overlay, o => new Lazy<Manifests>(() => RenderNow(o))).Value;

    public static ProcessResult Build(string kustomizationDir) =>
        Processes.Run(Processes.Require("kubectl"), ["kustomize", kustomizationDir]);

    private static Manifests RenderNow(string overlay)
    {
        var temp = Repo.CopyToTemp("deploy/k8s");
        try
        {
            var overlayDir = Path.Combine(temp, "deploy", "k8s", "overlays", overlay);
            File.Copy(Path.Combine(overlayDir, "secrets.env.sample"), Path.Combine(overlayDir, "secrets.env"), overwrite: true);
            var result = Build(overlayDir);
            Assert.True(result.ExitCode == 0, $"kubectl kustomize overlays/{overlay} failed: {result.StandardError}");
            return new Manifests(overlay, Yaml.Documents(result.StandardOutput));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
