using System.Text.RegularExpressions;
using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>The two images build from paths that exist and ship a non-root, probed runtime.</summary>
public sealed partial class DockerfileTests
{
    public static TheoryData<string> Dockerfiles => new("deploy/docker/api.Dockerfile", "deploy/docker/web.Dockerfile");

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void EveryPathADockerfileCopiesFromTheContextExists(string path)
    {
        var sources = Dockerfile.Load(path).ContextSources.ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.True(Repo.Exists(source), $"{path} copies {source}, which does not exist"));
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void CopiedPathsAreNotExcludedByDockerignore(string path)
    {
        var ignored = Repo.Read(".dockerignore").Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('!')).ToList();

        foreach (var source in Dockerfile.Load(path).ContextSources)
        {
            Assert.DoesNotContain(source.TrimEnd('/'), ignored);
        }
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void FinalStageRunsAsANonRootUserOnPort8080WithAHealthcheck(string path)
    {
        var final = Dockerfile.Load(path).Final.ToList();

        var user = Assert.Single(final, i => i.Keyword == "USER").Arguments;
        Assert.NotEqual("root", user);
        Assert.NotEqual("0", user);
        Assert.Equal("8080", Assert.Single(final, i => i.Keyword == "EXPOSE").Arguments);
        Assert.Contains("/health", Assert.Single(final, i => i.Keyword == "HEALTHCHECK").Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public void ApiImageBuildsTestsAndPublishesBeforeTheAspNetRuntime()
    {
        var dockerfile = Dockerfile.Load("deploy/docker/api.Dockerfile");
        var froms = dockerfile.All("FROM").Select(i => i.Arguments).ToList();

        Assert.Equal(["web", "build", "test", "publish", "runtime"], dockerfile.Instructions.Select(i => i.Stage).Where(s => s.Length > 0).Distinct());
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", froms[1], StringComparison.Ordinal);
        Assert.Equal("build AS test", froms[2]);
        Assert.Equal("test AS publish", froms[3]);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", froms[4], StringComparison.Ordinal);
        Assert.Contains(dockerfile.All("RUN"), r => r.Stage == "test" && r.Arguments.Contains("dotnet test", StringComparison.Ordinal));
        Assert.Contains(dockerfile.Final, i => i.Keyword == "COPY" && i.Arguments.StartsWith("--from=web", StringComparison.Ordinal) && i.Arguments.EndsWith("./web/dist/", StringComparison.Ordinal));
        Assert.Contains(dockerfile.Final, i => i.Keyword == "ENV" && i.Arguments.Contains("ASPNETCORE_HTTP_PORTS=8080", StringComparison.Ordinal));
        Assert.Equal("[\"dotnet\", \"MedDoc.Api.dll\"]", Assert.Single(dockerfile.Final, i => i.Keyword == "ENTRYPOINT").Arguments);
    }

    [Fact]
    public void EveryProjectTheApiImageBuildsFindsTheFilesItIncludesFromOutsideItsFolder()
    {
        var dockerfile = Dockerfile.Load("deploy/docker/api.Dockerfile");
        var copied = dockerfile.ContextSources.Select(s => s.TrimEnd('/')).ToList();
        var projects = copied.Where(s => s.EndsWith(".csproj", StringComparison.Ordinal)).ToList();

        Assert.Contains("src/MedDoc.Api/MedDoc.Api.csproj", projects);
        foreach (var project in projects)
        {
            var projectDir = Path.GetDirectoryName(Repo.PathOf(project.Split('/')))!;
            var text = File.ReadAllText(Repo.PathOf(project.Split('/')));
            foreach (Match include in IncludeAttribute().Matches(text))
            {
                var full = Path.GetFullPath(Path.Combine(projectDir, include.Groups["path"].Value.Replace('\\', '/')));
                var relative = Path.GetRelativePath(Repo.Root, full).Replace('\\', '/');
                if (include.Groups["kind"].Value == "ProjectReference")
                {
                    Assert.True(projects.Contains(relative), $"{project} references {relative}, whose project file the image does not copy before restore");
                }

                Assert.True(copied.Any(c => relative == c || relative.StartsWith(c + "/", StringComparison.Ordinal)), $"{project} needs {relative}, which the image does not copy");
            }
        }
    }

    [Fact]
    public void ApiHealthcheckHasAnHttpClientInTheRuntimeImage()
    {
        var final = Dockerfile.Load("deploy/docker/api.Dockerfile").Final.ToList();

        Assert.Contains("curl", Assert.Single(final, i => i.Keyword == "HEALTHCHECK").Arguments, StringComparison.Ordinal);
        Assert.Contains(final, i => i.Keyword == "RUN" && i.Arguments.Contains("apt-get install -y --no-install-recommends curl", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void NoSecretIsBakedIntoAnImage(string path)
    {
        var settings = Dockerfile.Load(path).Instructions.Where(i => i.Keyword is "ENV" or "ARG").Select(i => i.Arguments).ToList();

        string[] forbidden = ["ANTHROPIC_API_KEY", "DB_URL", "PASSWORD", "AWS_SECRET", "TOKEN"];
        Assert.All(settings, s => Assert.DoesNotContain(forbidden, f => s.Contains(f, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void WebImageServesTheBuildWithTheRepositoryNginxConfig()
    {
        var final = Dockerfile.Load("deploy/docker/web.Dockerfile").Final.ToList();

        Assert.StartsWith("nginxinc/nginx-unprivileged:", final[0].Arguments, StringComparison.Ordinal);
        Assert.Contains(final, i => i.Keyword == "COPY" && i.Arguments == "deploy/docker/nginx.conf /etc/nginx/nginx.conf");
        Assert.Contains(final, i => i.Keyword == "COPY" && i.Arguments == "--from=build /src/web/dist /usr/share/nginx/html");
    }

    [Fact]
    public void DockerignoreKeepsSecretsAndLocalStateOutOfTheContext()
    {
        var ignored = Repo.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet();

        string[] required = [".env", ".git", "deploy/k8s/overlays/*/secrets.env", "**/bin", "**/obj", "**/node_modules", "*.db"];
        Assert.All(required, r => Assert.Contains(r, ignored));
    }

    // Items of a project file that point outside the project's folder (..\..\evals\x.json).
    [GeneratedRegex(@"<(?<kind>ProjectReference|EmbeddedResource|None|Content|Compile)\s+Include=""(?<path>\.\.[^""*]*)""")]
    private static partial Regex IncludeAttribute();
}
