using System.Text.Json;
using MedDoc.Api.Evaluation;
using MedDoc.Api.Infrastructure;
using MedDoc.Contracts;
using MedDoc.Api.Tests.Infrastructure;
using MedDoc.Evaluation;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>GET /api/eval/quick: MedDoc.Evaluation's quick_v1 run through the pipeline the API uses (here the fake).</summary>
public abstract class EvalEndpointsTests(MedDocApiFactory factory)
{
    public sealed class OnSqlite(SqliteApiFactory factory) : EvalEndpointsTests(factory), IClassFixture<SqliteApiFactory>;

    public sealed class OnPostgres(PostgresApiFactory factory) : EvalEndpointsTests(factory), IClassFixture<PostgresApiFactory>;

    [SkippableFact]
    public async Task QuickEvaluationIsTheEvaluationLibraryRunOnTheServingPipeline()
    {
        var client = factory.CreateClientOrSkip();
        var expected = QuickEvaluationRunner.ToResponse(await QuickEvaluation.RunAsync(new FakeAnalysisService(), CancellationToken.None));
        var options = new JsonSerializerOptions();
        ContractJson.Configure(options);

        var response = await client.GetAsync("/api/eval/quick");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(expected, options), (await response.JsonAsync()).GetRawText());
    }

    [SkippableFact]
    public async Task QuickEvaluationHasTheContractShape()
    {
        var body = await (await factory.CreateClientOrSkip().GetAsync("/api/eval/quick")).JsonAsync();

        Assert.Equal("quick_v1", body.GetProperty("dataset").GetString());
        var examples = body.GetProperty("num_examples").GetInt32();
        Assert.Equal(20, examples);
        var classification = body.GetProperty("classification");
        Assert.Equal(examples, classification.GetProperty("total").GetInt32());
        Assert.Equal((double)classification.GetProperty("correct").GetInt32() / examples, classification.GetProperty("accuracy").GetDouble(), 3);
        foreach (var metric in new[] { "precision", "recall", "f1" })
        {
            Assert.InRange(body.GetProperty("codes").GetProperty(metric).GetDouble(), 0, 1);
        }
        // The gate of evals/thresholds.json (embedded in MedDoc.Evaluation), never below the prototype's 0.75 / 0.65.
        var gate = MedDoc.Evaluation.QuickEvaluation.EmbeddedThresholds();
        Assert.Equal(gate.Accuracy, body.GetProperty("thresholds").GetProperty("accuracy").GetDouble());
        Assert.Equal(gate.F1, body.GetProperty("thresholds").GetProperty("f1").GetDouble());
        Assert.True(gate.Accuracy >= 0.75 && gate.F1 >= 0.65);
        Assert.True(body.GetProperty("passed").ValueKind is JsonValueKind.True or JsonValueKind.False);
    }

    [SkippableFact]
    public async Task QuickEvaluationDetailsPerLabelMetricsConfusionAndFailures()
    {
        var body = await (await factory.CreateClientOrSkip().GetAsync("/api/eval/quick")).JsonAsync();

        var classification = body.GetProperty("classification");
        var perLabel = classification.GetProperty("per_label").EnumerateArray().ToArray();
        Assert.Equal(20, perLabel.Sum(label => label.GetProperty("support").GetInt32()));
        var confusion = classification.GetProperty("confusion").EnumerateObject()
            .Sum(expected => expected.Value.EnumerateObject().Sum(predicted => predicted.Value.GetInt32()));
        Assert.Equal(20, confusion);
        var failures = body.GetProperty("failed_documents").EnumerateArray().ToArray();
        Assert.All(failures, failure => Assert.NotEmpty(failure.GetProperty("reasons").EnumerateArray()));
        var wronglyTyped = classification.GetProperty("total").GetInt32() - classification.GetProperty("correct").GetInt32();
        Assert.True(failures.Length >= wronglyTyped);
    }
}
