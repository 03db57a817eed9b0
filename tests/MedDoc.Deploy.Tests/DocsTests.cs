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

    [Fact]
    public void TheFiveDeliveryDocsExist()
    {
        string[] docs = ["deployment.md", "evaluation.md", "prompts-guide.md", "team-workflow.md", "production-checklist.md"];

        Assert.All(docs, d => Assert.True(File.Exists(Repo.PathOf("docs", d)), $"docs/{d} is missing"));
    }

    [Theory]
    [MemberData(nameof(OwnDocs))]
    public void RelativeLinksResolve(string doc)
    {
        var links = MarkdownLink().Matches(Repo.Read("docs", doc)).Select(m => m.Groups["target"].Value)
            .Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith('#')).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(File.Exists(Path.Combine(Repo.PathOf("docs"), l.Split('#')[0])), $"docs/{doc} links {l}"));
    }

    [Theory]
    [MemberData(nameof(OwnDocs))]
    public void DocsNameNoSecretValue(string doc)
    {
        var text = Repo.Read("docs", doc);

        Assert.DoesNotMatch("sk-ant-[A-Za-z0-9]", text);
        Assert.DoesNotMatch("AKIA[0-9A-Z]{16}", text);
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    // Backquoted repository paths such as `deploy/scripts/deploy.sh` or `.env.sample`.
    [GeneratedRegex(@"`(?<path>(?:deploy|scripts|\.github|\.ci|docs|tests)/[\w./-]+\.[a-z]+|\.env\.sample|docker-compose\.yml)`")]
    private static partial Regex RepoPath();
}
