using System.Text.RegularExpressions;
using MedDoc.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests;

/// <summary>
/// deploy/monitoring: the alerting rules pass promtool's checks and unit tests, every alert pages
/// or tickets with a runbook that exists, Alertmanager routes pages in prod to PagerDuty, and every
/// metric the rules and the dashboard use is one the running API exports (or a named cluster exporter's).
/// </summary>
public sealed partial class MonitoringTests
{
    /// <summary>Series that come from the cluster, not from the API, and the exporter that provides them.</summary>
    private static readonly Dictionary<string, string> ClusterMetrics = new()
    {
        ["up"] = "Prometheus itself, per scrape target",
        ["kube_pod_container_status_waiting_reason"] = "kube-state-metrics",
        ["kube_pod_container_status_restarts_total"] = "kube-state-metrics",
        ["kube_pod_container_resource_limits"] = "kube-state-metrics",
        ["kube_horizontalpodautoscaler_status_current_replicas"] = "kube-state-metrics",
        ["kube_horizontalpodautoscaler_spec_max_replicas"] = "kube-state-metrics",
        ["container_memory_working_set_bytes"] = "the kubelet's cAdvisor",
        ["container_cpu_usage_seconds_total"] = "the kubelet's cAdvisor",
    };

    private const string RunbookBase = "https://github.com/meddoc-ai/med-doc/blob/main/";

    [Fact]
    public void MonitoringRendersIntoTheMonitoringNamespace()
    {
        var manifests = Monitoring.Render();

        Assert.All(manifests.Objects, o => Assert.Equal("monitoring", o.Str("metadata.namespace")));
        Assert.Equal("kube-prometheus-stack", manifests.Single("PrometheusRule", "meddoc-alerts").StringMap("metadata.labels")["release"]);
        Assert.Equal("kube-prometheus-stack", manifests.Single("PodMonitor", "meddoc-api").StringMap("metadata.labels")["release"]);
        Assert.Equal("1", manifests.Single("ConfigMap", "meddoc-grafana-dashboards").StringMap("metadata.labels")["grafana_dashboard"]);
        Assert.Contains("meddoc-api.json", manifests.Single("ConfigMap", "meddoc-grafana-dashboards").Map("data").Keys);
        Assert.Contains("alertmanager.yaml", manifests.Single("Secret", "alertmanager-meddoc").Map("data").Keys);
    }

    [Fact]
    public void PodMonitorLabelsTheJobTheRulesSelect()
    {
        var endpoint = Monitoring.Render().Single("PodMonitor", "meddoc-api").Seq("spec.podMetricsEndpoints").Single();
        var relabel = endpoint.Seq("relabelings").Single(r => r.Str("targetLabel") == "job");

        Assert.Equal("/metrics", endpoint.Str("path"));
        Assert.Equal("meddoc-api", relabel.Str("replacement"));
        Assert.All(Monitoring.Expressions().Where(e => !e.Expression.Contains("kube_") && !e.Expression.Contains("container_")),
            e => Assert.Contains("job=\"meddoc-api\"", e.Expression));
    }

    [Fact]
    public void PromtoolChecksAndUnitTestsTheAlertingRules()
    {
        var promtool = Processes.Require("promtool");
        var directory = Directory.CreateTempSubdirectory("meddoc-rules-");
        try
        {
            var spec = Monitoring.Render().Single("PrometheusRule", "meddoc-alerts").Get("spec")!;
            using (var writer = new StreamWriter(Path.Combine(directory.FullName, "meddoc-alerts.rules.yaml")))
            {
                new YamlStream(new YamlDocument(spec)).Save(writer, assignAnchors: false);
            }
            File.Copy(Repo.PathOf("deploy", "monitoring", "tests", "alerts.test.yaml"), Path.Combine(directory.FullName, "alerts.test.yaml"));

            var check = Processes.Run(promtool, ["check", "rules", "meddoc-alerts.rules.yaml"], directory.FullName);
            var test = Processes.Run(promtool, ["test", "rules", "alerts.test.yaml"], directory.FullName);

            Assert.True(check.ExitCode == 0, check.Output);
            Assert.Contains($"SUCCESS: {Monitoring.Alerts().Count} rules found", check.Output);
            Assert.True(test.ExitCode == 0, test.Output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void AtLeastThreeAlertsHaveUnitTestsAndEveryTestedAlertExists()
    {
        var tests = Yaml.File("deploy", "monitoring", "tests", "alerts.test.yaml");
        var tested = tests.Seq("tests").SelectMany(t => t.Seq("alert_rule_test"))
            .Where(t => t.Seq("exp_alerts").Count > 0).Select(t => t.Str("alertname")!).ToHashSet();
        var alerts = Monitoring.Alerts().Select(a => a.Str("alert")!).ToHashSet();

        Assert.True(tested.Count >= 3, $"only {tested.Count} alerts are proven to fire");
        Assert.Subset(alerts, tested);
    }

    [Fact]
    public void EveryAlertPagesOrTicketsAndLinksItsRunbook()
    {
        foreach (var alert in Monitoring.Alerts())
        {
            var name = alert.Str("alert")!;
            Assert.Contains(alert.Str("labels.severity"), new[] { "page", "ticket" });
            Assert.False(string.IsNullOrWhiteSpace(alert.Str("annotations.summary")), name);
            var runbook = alert.Str("annotations.runbook_url")!;
            Assert.StartsWith(RunbookBase + "docs/runbooks/", runbook);
            var path = runbook[RunbookBase.Length..];
            Assert.True(Repo.Exists(path), $"{name}: {path} does not exist");
            Assert.Contains(name, Repo.Read(path));
        }
    }

    [Fact]
    public void EveryRunbookIsLinkedFromTheRunbookIndexAndStatesWhatToCheck()
    {
        var index = Repo.Read("docs", "runbooks", "README.md");
        foreach (var file in Directory.EnumerateFiles(Repo.PathOf("docs", "runbooks"), "*.md"))
        {
            var text = File.ReadAllText(file);
            if (Path.GetFileName(file) != "README.md")
            {
                Assert.True(index.Contains($"({Path.GetFileName(file)})", StringComparison.Ordinal), $"{Path.GetFileName(file)} is not in the index");
                Assert.Contains("## ", text);
            }
            foreach (Match link in RelativeLink().Matches(text))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, link.Groups["path"].Value));
                Assert.True(File.Exists(target) || Directory.Exists(target), $"{Path.GetFileName(file)} links to missing {link.Groups["path"].Value}");
            }
        }
    }

    [Fact]
    public void EveryMetricInTheRulesAndTheDashboardIsExported()
    {
        var exported = ScrapedApi.MetricNames;

        foreach (var (where, expression) in Monitoring.Expressions())
        {
            var names = Monitoring.MetricNames(expression);
            Assert.NotEmpty(names);
            foreach (var name in names)
            {
                Assert.True(exported.Contains(name) || ClusterMetrics.ContainsKey(name),
                    $"{where} uses {name}, which the API does not export (and no cluster exporter is named for it)");
            }
        }
    }

    [Fact]
    public void DashboardCoversTrafficErrorsLatencyAnalysisLlmDocumentsAndPods()
    {
        var dashboard = Monitoring.Dashboard();
        var titles = dashboard.GetProperty("panels").EnumerateArray().Select(p => p.GetProperty("title").GetString()!).ToList();
        var expressions = string.Join('\n', Monitoring.Expressions().Select(e => e.Expression));

        Assert.Equal("meddoc-api", dashboard.GetProperty("uid").GetString());
        Assert.Equal(titles.Count, titles.Distinct().Count());
        foreach (var metric in new[] { "http_server_request_duration_seconds_bucket", "meddoc_errors_total", "meddoc_analysis_duration_seconds_bucket",
                     "meddoc_llm_fallbacks_total", "meddoc_llm_calls_total", "meddoc_documents_stored_total", "process_cpu_time_seconds_total", "process_memory_usage_bytes" })
        {
            Assert.Contains(metric + "{", expressions);
        }
        Assert.Contains("histogram_quantile(0.99, sum by (http_route, le)", expressions);
        Assert.Contains("histogram_quantile(0.5, sum by (http_route, le)", expressions);
    }

    [Fact]
    public void AlertmanagerConfigIsValidAndPagesOnlyForProduction()
    {
        var amtool = Processes.Require("amtool");
        var config = Repo.PathOf("deploy", "monitoring", "alertmanager", "alertmanager.yaml");

        var check = Processes.Run(amtool, ["check-config", config]);
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Equal("pagerduty-and-slack", Route(amtool, config, "severity=page", "namespace=prod"));
        Assert.Equal("slack", Route(amtool, config, "severity=page", "namespace=dev"));
        Assert.Equal("slack", Route(amtool, config, "severity=ticket", "namespace=prod"));
    }

    [Fact]
    public void ReceiverCredentialsAreSecretFilesWhoseKeysTheSampleNames()
    {
        var config = Repo.Read("deploy", "monitoring", "alertmanager", "alertmanager.yaml");
        var sampleKeys = Regex.Matches(Repo.Read("deploy", "monitoring", "alertmanager", "alertmanager-receivers.env.sample"), "^(?<key>[a-z-]+)=", RegexOptions.Multiline)
            .Select(m => m.Groups["key"].Value).ToHashSet();
        var referenced = SecretFile().Matches(config).Select(m => m.Groups["key"].Value).ToHashSet();

        Assert.Equal(new HashSet<string> { "slack-webhook-url", "pagerduty-routing-key" }, referenced);
        Assert.Equal(referenced, sampleKeys);
        Assert.DoesNotMatch("(api_url|routing_key|service_key):", config);
    }

    private static string Route(string amtool, string config, params string[] labels)
    {
        var result = Processes.Run(amtool, ["config", "routes", "test", $"--config.file={config}", .. labels]);
        Assert.True(result.ExitCode == 0, result.Output);
        return result.StandardOutput.Trim();
    }

    [GeneratedRegex(@"_file: /etc/alertmanager/secrets/alertmanager-receivers/(?<key>[a-z-]+)")]
    private static partial Regex SecretFile();

    [GeneratedRegex(@"\]\((?<path>(?!https?:|#)[^)#\s]+)")]
    private static partial Regex RelativeLink();
}
