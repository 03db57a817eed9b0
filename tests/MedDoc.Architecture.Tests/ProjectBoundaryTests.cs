using System.Reflection;
using System.Xml.Linq;
using MedDoc.Testing;

namespace MedDoc.Architecture.Tests;

/// <summary>
/// STYLE.md §2: who may reference whom, checked against both the project files and the compiled
/// assemblies. Changing the table needs an ADR (docs/decisions/); MedDoc.Contracts is ADR 016.
/// </summary>
public sealed class ProjectBoundaryTests
{
    private static readonly Dictionary<string, string[]> AllowedProjectReferences = new()
    {
        ["MedDoc.Engine"] = [],
        ["MedDoc.Contracts"] = ["MedDoc.Engine"],
        ["MedDoc.Llm"] = ["MedDoc.Engine"],
        ["MedDoc.Evaluation"] = ["MedDoc.Engine"],
        ["MedDoc.Fhir"] = ["MedDoc.Engine"],
        ["MedDoc.Api"] = ["MedDoc.Engine", "MedDoc.Contracts", "MedDoc.Llm", "MedDoc.Evaluation", "MedDoc.Fhir"],
        ["MedDoc.Cli"] = ["MedDoc.Engine", "MedDoc.Contracts", "MedDoc.Evaluation", "MedDoc.Fhir"],
    };

    public static TheoryData<string> SourceProjects => new(AllowedProjectReferences.Keys);

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void ProjectFileReferencesOnlyAllowedProjects(string project)
    {
        var referenced = ProjectReferencesOf(project);

        var forbidden = referenced.Except(AllowedProjectReferences[project]).ToArray();

        Assert.True(forbidden.Length == 0, $"{project} references {string.Join(", ", forbidden)}, which STYLE.md §2 forbids.");
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void CompiledAssemblyReferencesOnlyAllowedProjects(string project)
    {
        var assembly = Assembly.Load(project == "MedDoc.Cli" ? "meddoc" : project);

        var ours = assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("MedDoc.", StringComparison.Ordinal) || name == "meddoc")
            .ToArray();

        Assert.All(ours, name => Assert.Contains(name, AllowedProjectReferences[project]));
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("System.Net.Http")]
    [InlineData("Anthropic")]
    public void EngineStaysFreeOfInfrastructure(string forbiddenPrefix)
    {
        var engine = typeof(MedDoc.Engine.ClinicalEngine).Assembly;

        var offending = engine.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal))
            .ToArray();

        Assert.Empty(offending);
    }

    [Fact]
    public void EngineProjectHasNoPackageReferences()
    {
        var packages = ProjectFile("MedDoc.Engine").Descendants("PackageReference").ToArray();

        Assert.Empty(packages);
    }

    [Theory]
    [InlineData("MedDoc.Llm", "Microsoft.EntityFrameworkCore")]
    [InlineData("MedDoc.Llm", "Microsoft.AspNetCore")]
    [InlineData("MedDoc.Contracts", "Microsoft.EntityFrameworkCore")]
    [InlineData("MedDoc.Contracts", "Microsoft.AspNetCore")]
    public void LibrariesBelowTheHostStayFreeOfHosting(string project, string forbiddenPrefix)
    {
        var offending = Assembly.Load(project).GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal))
            .ToArray();

        Assert.Empty(offending);
    }

    private static string[] ProjectReferencesOf(string project) =>
        ProjectFile(project).Descendants("ProjectReference")
            .Select(element => Path.GetFileNameWithoutExtension(element.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToArray();

    private static XDocument ProjectFile(string project) =>
        XDocument.Load(RepositoryFiles.PathOf("src", project, project + ".csproj"));
}
