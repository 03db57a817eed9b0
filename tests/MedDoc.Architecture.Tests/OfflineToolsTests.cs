using System.Reflection;
using System.Text.Json;
using MedDoc.Testing;

namespace MedDoc.Architecture.Tests;

/// <summary>
/// The evaluation harness and the CLI run the offline engine; neither the Claude client (MedDoc.Llm) nor the
/// Anthropic SDK may be reachable from them, by project reference, package or compiled reference (ADR 009).
/// </summary>
public sealed class OfflineToolsTests
{
    public static TheoryData<string> OfflineProjects => new(["MedDoc.Evaluation", "MedDoc.Cli"]);

    [Theory]
    [MemberData(nameof(OfflineProjects))]
    public void CompiledAssembliesNeverReachTheClaudeSdk(string project)
    {
        var reachable = ReachableAssemblies(Assembly.Load(project == "MedDoc.Cli" ? "meddoc" : project));

        Assert.DoesNotContain("MedDoc.Llm", reachable);
        Assert.DoesNotContain(reachable, name => name.StartsWith("Anthropic", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OfflineProjects))]
    public void RestoredDependencyGraphHoldsNoClaudeSdk(string project)
    {
        var assets = RepositoryFiles.PathOf("src", project, "obj", "project.assets.json");
        Assert.True(File.Exists(assets), $"{assets} is missing; build {project} first.");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));

        var libraries = document.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name.Split('/')[0]).ToArray();

        Assert.Contains("MedDoc.Engine", libraries);
        Assert.DoesNotContain("MedDoc.Llm", libraries);
        Assert.DoesNotContain(libraries, name => name.StartsWith("Anthropic", StringComparison.OrdinalIgnoreCase));
    }

    // Walks our own assemblies (MedDoc.*, meddoc) and collects every name they reference, transitively.
    private static HashSet<string> ReachableAssemblies(Assembly root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([root]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (names.Add(reference.Name!) && IsOurs(reference.Name!))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }
        return names;
    }

    private static bool IsOurs(string name) => name.StartsWith("MedDoc.", StringComparison.Ordinal) || name == "meddoc";
}
