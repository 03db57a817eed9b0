using System.Text.RegularExpressions;
using MedDoc.Deploy.Tests.Support;

namespace MedDoc.Deploy.Tests;

/// <summary>The deployment docs exist, cover what they promise, and point at files that exist.</summary>
public sealed partial class DocsTests
{
    public static TheoryData<string> OwnDocs => new("deployment.md", "team-workflow.md", "production-checklist.md");

    [Theory]
    [InlineData("deployment.md", new[] { "Docker Compose", "ECR", "put-bucket-versioning", "put-public-access-block", "eksctl create cluster", "ingress-nginx", "Secrets", "First deploy", "Rolling back", "--migrate" })]
    [InlineData("team-workflow.md", new[] { "Branches", "Reviews", "Secrets", "Changing prompts and rules safely" })]
    [InlineData("production-checklist.md", new[] { "cert-manager", "Backups", "Monitoring", "Alerts", "Load test" })]
    public void DocCoversEveryTopicItPromises(string doc, string[] topics)
    {
        var text = Repo.Read("docs", doc);

        Assert.All(topics, t => Assert.Contains(t, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OwnDocs))]
    public void RepositoryPathsNamedInADocExist(string doc)
    {
        var paths = RepoPath().Matches(Repo.Read("docs", doc)).Select(m => m.Groups["path"].Value).Distinct().ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.True(Repo.Exists(p), $"docs/{doc} names {p}, which does not exist"));
    }

    [Theory]
    [MemberData(nameof(OwnDocs))]
    public void DocsNameNoSecretValue(string doc)
    {
        var text = Repo.Read("docs", doc);

        Assert.DoesNotMatch("sk-ant-[A-Za-z0-9]", text);
        Assert.DoesNotMatch("AKIA[0-9A-Z]{16}", text);
    }

    // Backquoted repository paths such as `deploy/scripts/deploy.sh` or `.env.sample`.
    [GeneratedRegex(@"`(?<path>(?:deploy|scripts|\.github|\.ci|docs|tests)/[\w./-]+\.[a-z]+|\.env\.sample|docker-compose\.yml)`")]
    private static partial Regex RepoPath();
}
