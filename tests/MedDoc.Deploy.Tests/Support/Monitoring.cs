using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace MedDoc.Deploy.Tests.Support;

/// <summary>deploy/monitoring rendered with `kubectl kustomize`, and the PromQL in its rules and dashboard.</summary>
public static partial class Monitoring
{
    private static readonly Lazy<Manifests> Rendered = new(() =>
    {
        var result = Kustomize.Build(Repo.PathOf("deploy", "monitoring"));
        Assert.True(result.ExitCode == 0, $"kubectl kustomize deploy/monitoring failed: {result.StandardError}");
        return new Manifests("monitoring", Yaml.Documents(result.StandardOutput));
    });

    /// <summary>PromQL keywords, functions and aggregation words: identifiers that are not metric names.</summary>
    private static readonly HashSet<string> PromQlWords =
    [
        "sum", "min", "max", "avg", "count", "by", "without", "on", "ignoring", "group_left", "group_right",
        "rate", "irate", "increase", "histogram_quantile", "max_over_time", "min_over_time", "avg_over_time",
        "label_values", "and", "or", "unless", "bool", "offset", "e",
    ];

    public static Manifests Render() => Rendered.Value;

    /// <summary>The PrometheusRule's alerting rules.</summary>
    public static IReadOnlyList<YamlNode> Alerts() =>
        Render().Single("PrometheusRule", "meddoc-alerts").Seq("spec.groups").SelectMany(g => g.Seq("rules")).ToList();

    /// <summary>The dashboard JSON as committed.</summary>
    public static JsonElement Dashboard() =>
        JsonDocument.Parse(Repo.Read("deploy", "monitoring", "dashboards", "meddoc-api.json")).RootElement.Clone();

    /// <summary>Every PromQL expression of the rules and the dashboard (panels and variables), with where it is.</summary>
    public static IReadOnlyList<(string Where, string Expression)> Expressions()
    {
        var expressions = Alerts().Select(a => ($"alert {a.Str("alert")}", a.Str("expr")!)).ToList();
        var dashboard = Dashboard();
        foreach (var panel in dashboard.GetProperty("panels").EnumerateArray().Where(p => p.TryGetProperty("targets", out _)))
        {
            expressions.AddRange(panel.GetProperty("targets").EnumerateArray()
                .Select(t => ($"panel {panel.GetProperty("title").GetString()}", t.GetProperty("expr").GetString()!)));
        }
        foreach (var variable in dashboard.GetProperty("templating").GetProperty("list").EnumerateArray().Where(v => v.GetProperty("type").GetString() == "query"))
        {
            expressions.Add(($"variable {variable.GetProperty("name").GetString()}", variable.GetProperty("definition").GetString()!));
        }
        return expressions;
    }

    /// <summary>
    /// The metric names an expression selects. Every selector must carry braces (a job or namespace
    /// matcher), so a name is an identifier before '{'; what is left after removing selectors,
    /// ranges, strings and numbers must be PromQL words, which catches a bare metric name.
    /// </summary>
    public static IReadOnlyList<string> MetricNames(string expression)
    {
        var names = Selector().Matches(expression).Select(m => m.Groups["name"].Value).ToList();
        var rest = Braces().Replace(Selector().Replace(expression, " "), " ");
        rest = Ranges().Replace(rest, " ");
        var leftovers = Identifier().Matches(rest).Select(m => m.Value)
            .Where(word => !PromQlWords.Contains(word) && !word.StartsWith("__", StringComparison.Ordinal)).ToList();
        Assert.True(leftovers.Count == 0, $"bare identifiers (metric names without a selector?) in: {expression}: {string.Join(", ", leftovers)}");
        return names;
    }

    [GeneratedRegex(@"(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)\s*\{[^}]*\}")]
    private static partial Regex Selector();

    // by (...)/without (...) label lists, label_values's label argument, strings and Grafana variables.
    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)|,\s*\w+\s*\)|""[^""]*""|\$\w+")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\[[^\]]*\]|\b\d+(\.\d+)?\b")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"[a-zA-Z_][a-zA-Z0-9_]*")]
    private static partial Regex Identifier();
}
